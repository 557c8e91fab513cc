namespace RiskNotebooks.Data;

/// <summary>
/// Checks that a file can be read to its end: a non-empty name of an existing regular file. A device (<c>/dev/zero</c>,
/// <c>/dev/urandom</c>), a named pipe or a socket is refused, because reading it may never end or may block forever.
/// </summary>
public static class InputFile
{
    /// <summary>Checks, before any work is done, a file an option names.</summary>
    /// <param name="path">The file.</param>
    /// <param name="optionName">The option (or argument) that named it, for the message.</param>
    /// <param name="folderAllowed">Whether a folder is accepted too (a folder of documents).</param>
    /// <returns><paramref name="path"/>.</returns>
    /// <exception cref="InvalidOptionException">The name is empty, or the file is missing, a folder, not a regular file, or behind a link loop.</exception>
    public static string RequireReadable(string? path, string optionName, bool folderAllowed = false)
    {
        ArgumentNullException.ThrowIfNull(optionName);
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new InvalidOptionException(optionName, "the file name is empty.");
        }

        if (Problem(path, folderAllowed) is { } problem)
        {
            throw new InvalidOptionException(optionName, $"'{path}': the file {problem}");
        }

        return path;
    }

    /// <summary>Checks a file a loader is about to open (the loader names the file, there is no option).</summary>
    /// <exception cref="InputFormatException">The file is missing, a folder, not a regular file, or behind a link loop.</exception>
    internal static void ThrowIfUnreadable(string path)
    {
        if (Problem(path, folderAllowed: false) is { } problem)
        {
            throw InputFormatException.OfFile(path, "the file " + problem);
        }
    }

    /// <summary>What is wrong with reading the path, in words for a message; null when it can be read.</summary>
    internal static string? Problem(string path, bool folderAllowed)
    {
        if (path.Length == 0)
        {
            return "is an empty file name.";
        }

        return FileIdentity.Of(path).Kind switch
        {
            FileKind.Missing => "does not exist.",
            FileKind.Folder when !folderAllowed => "cannot be read: it is a folder.",
            FileKind.Special => "is not a regular file (a device, pipe or socket could be read forever): give a regular file.",
            FileKind.LinkLoop => "is a symbolic link loop.",
            _ => null,
        };
    }
}
