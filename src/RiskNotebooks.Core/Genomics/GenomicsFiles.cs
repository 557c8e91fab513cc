using System.IO.Compression;
using RiskNotebooks.Data;

namespace RiskNotebooks.Genomics;

/// <summary>Opens the text files of genomics (VCF, allele frequency tables), plain or gzip/bgzip-compressed.</summary>
internal static class GenomicsFiles
{
    /// <summary>Opens a file for reading; a gzip or bgzip file (magic bytes 1F 8B) is decompressed as it is read.</summary>
    /// <param name="path">The file.</param>
    /// <returns>A stream of the text.</returns>
    /// <exception cref="InputFormatException">The file is missing, unreadable or not a regular file.</exception>
    internal static Stream OpenText(string path)
    {
        InputFile.ThrowIfUnreadable(path);
        FileStream? file = null;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            Span<byte> magic = stackalloc byte[2];
            var read = file.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
            file.Position = 0;
            // bgzip is a series of gzip members; GZipStream reads them one after another.
            return read == 2 && magic[0] == 0x1F && magic[1] == 0x8B ? new GZipStream(file, CompressionMode.Decompress, leaveOpen: false) : file;
        }
        catch (Exception e) when (InputFormatException.IsFileSystemError(e))
        {
            file?.Dispose();
            throw InputFormatException.FromFileSystem(path, e);
        }
    }
}
