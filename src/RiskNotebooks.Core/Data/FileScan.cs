using System.Text;
using System.Text.Unicode;

namespace RiskNotebooks.Data;

/// <summary>
/// A first, streaming pass over a file: its encoding (a byte order mark, else UTF-8 when every byte sequence is valid
/// UTF-8, else Windows-1252), its number of lines, and whether it holds anything but whitespace.
/// </summary>
internal readonly record struct FileScan(Encoding? Encoding, long LineCount, bool IsBlank)
{
    private const int ChunkSize = 1 << 20;

    internal static FileScan Run(string path, CancellationToken cancellationToken)
    {
        InputFile.ThrowIfUnreadable(path); // a device or a pipe would be read forever
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new byte[ChunkSize + 4];
        var carried = 0;
        var first = true;
        var valid = true;
        var blank = true;
        long lines = 1;
        Encoding? encoding = null;
        int read;
        while ((read = stream.Read(buffer, carried, ChunkSize)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var span = buffer.AsSpan(0, carried + read);
            if (first)
            {
                first = false;
                if (span.StartsWith("\uFEFF"u8))
                {
                    span = span[3..];
                    encoding = Encoding.UTF8;
                }
                else if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
                {
                    // UTF-16: CsvHelper honours the byte order mark itself; count lines roughly by bytes.
                    return new FileScan(null, (stream.Length / 2) + 1, stream.Length <= 2);
                }
            }

            lines += span.Count((byte)'\n');
            if (blank && span.IndexOfAnyExcept(" \t\r\n"u8) >= 0)
            {
                blank = false;
            }

            if (valid)
            {
                var cut = CompleteLength(span);
                valid = Utf8.IsValid(span[..cut]);
                carried = span.Length - cut;
                span[cut..].CopyTo(buffer);
            }
            else
            {
                carried = 0;
            }
        }

        if (carried > 0)
        {
            valid = false; // the file ends inside a multi-byte sequence
        }

        return new FileScan(encoding ?? (valid ? Encoding.UTF8 : CsvTableReader.Windows1252), lines, blank);
    }

    /// <summary>The length of the prefix that ends on a complete UTF-8 sequence (at most 3 bytes are held back).</summary>
    private static int CompleteLength(ReadOnlySpan<byte> span)
    {
        for (var back = 1; back <= 3 && back <= span.Length; back++)
        {
            var b = span[^back];
            if ((b & 0xC0) == 0x80)
            {
                continue; // a continuation byte: look further back for the lead byte
            }

            var need = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return need > back ? span.Length - back : span.Length;
        }

        return span.Length;
    }
}
