namespace RiskNotebooks.Data;

/// <summary>
/// Finds the source line of a row, for messages. Parsing records a byte offset per row (cheap); the line is counted
/// only when a message needs it, by reading the file up to that offset.
/// </summary>
internal static class RowLocator
{
    internal static long LineAt(ReadOnlySpan<byte> bytes, long offset)
        => 1 + bytes[..(int)Math.Min(offset, bytes.Length)].Count((byte)'\n');

    internal static long LineAt(string path, long offset)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new byte[1 << 20];
        long line = 1, position = 0;
        while (position < offset)
        {
            var read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, offset - position));
            if (read == 0)
            {
                break;
            }

            line += buffer.AsSpan(0, read).Count((byte)'\n');
            position += read;
        }

        return line;
    }
}
