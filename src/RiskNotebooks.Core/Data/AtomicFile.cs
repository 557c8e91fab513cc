namespace RiskNotebooks.Data;

/// <summary>Writes a file so that readers see either the old file or the whole new one, never a half-written file.</summary>
/// <remarks>The content goes to a temporary file in the same folder, which is then moved over the target.</remarks>
public static class AtomicFile
{
    /// <summary>Writes a file atomically.</summary>
    /// <param name="path">The target.</param>
    /// <param name="write">Writes the content to the stream it is given.</param>
    public static void Write(string path, Action<Stream> write) => Write(path, write, "--output");

    /// <summary>Checks, before any work is done, that a file can be written there: its folder exists.</summary>
    /// <param name="path">The target.</param>
    /// <param name="optionName">The option that named the file.</param>
    /// <exception cref="InvalidOptionException">The folder does not exist.</exception>
    public static void CheckFolder(string path, string optionName)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!Directory.Exists(Path.GetDirectoryName(Path.GetFullPath(path)) ?? "."))
        {
            throw new InvalidOptionException(optionName, $"the folder of '{path}' does not exist.");
        }
    }

    /// <summary>Writes a file atomically.</summary>
    /// <param name="path">The target.</param>
    /// <param name="write">Writes the content to the stream it is given.</param>
    /// <param name="optionName">The option that named the file, for the error when its folder does not exist.</param>
    public static void Write(string path, Action<Stream> write, string optionName)
    {
        ArgumentNullException.ThrowIfNull(write);
        CheckFolder(path, optionName);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? ".";

        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
