using System.Text;

namespace RiskNotebooks.Data;

/// <summary>Writes a file so that readers see either the old file or the whole new one, never a half-written file.</summary>
/// <remarks>
/// <para>The content goes to a temporary file in the same folder, which is then moved over the target (see
/// <see cref="AtomicFileSet"/>, which also writes several files so that all or none are replaced).</para>
/// <para>Every output of every command is checked here, before any work is done: <see cref="CheckTarget"/>.</para>
/// </remarks>
public static class AtomicFile
{
    /// <summary>The longest file name most file systems allow, in bytes (NAME_MAX).</summary>
    public const int MaxFileNameBytes = 255;

    /// <summary>The engine's name of the option that names an output file when the caller gives none: <c>Output</c> (hosts spell it <c>--output</c>).</summary>
    public const string OutputOption = "Output";

    /// <summary>Writes a file atomically; an error names the option <see cref="OutputOption"/>.</summary>
    /// <param name="path">The target.</param>
    /// <param name="write">Writes the content to the stream it is given.</param>
    public static void Write(string path, Action<Stream> write) => Write(path, write, OutputOption);

    /// <summary>Writes a file atomically.</summary>
    /// <param name="path">The target.</param>
    /// <param name="write">Writes the content to the stream it is given.</param>
    /// <param name="optionName">The option that named the file, for the error when it cannot be written there.</param>
    /// <exception cref="InvalidOptionException">The target cannot be written (see <see cref="CheckTarget"/>), or writing failed.</exception>
    public static void Write(string path, Action<Stream> write, string optionName)
    {
        using var files = new AtomicFileSet();
        files.Add(path, write, optionName);
        files.Commit();
    }

    /// <summary>
    /// Checks, before any work is done, that a file can be written there without harm: a file name (not empty, not a
    /// folder, not ending in a separator, at most <see cref="MaxFileNameBytes"/> bytes) in an existing folder, not a
    /// device, not behind a link loop, and not one of the command's inputs (compared after following every symbolic
    /// link, and by device and inode where the system tells, so a link or a hard link to an input is caught too).
    /// </summary>
    /// <param name="path">The target.</param>
    /// <param name="optionName">The option that named the file.</param>
    /// <param name="inputs">The files the command reads, each with the option that named it.</param>
    /// <exception cref="InvalidOptionException">The file cannot or must not be written there (names the option).</exception>
    public static void CheckTarget(string path, string optionName, params IEnumerable<(string Path, string OptionName)> inputs)
        => Resolve(path, optionName, inputs);

    /// <summary><see cref="CheckTarget"/>, giving what the path names.</summary>
    internal static FileIdentity Resolve(string path, string optionName, IEnumerable<(string Path, string OptionName)> inputs)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(inputs);
        var target = CheckName(path, optionName);
        switch (target.Kind)
        {
            case FileKind.Folder:
                throw new InvalidOptionException(optionName, $"'{path}' is a folder: give a file name.");
            case FileKind.Special:
                throw new InvalidOptionException(optionName, $"'{path}' is not a regular file (a device, pipe or socket): give a file name.");
            case FileKind.LinkLoop:
                throw new InvalidOptionException(optionName, $"'{path}' is a symbolic link loop.");
        }

        if (!Directory.Exists(Path.GetDirectoryName(target.RealPath)))
        {
            throw new InvalidOptionException(optionName, $"the folder of '{path}' does not exist.");
        }

        foreach (var (input, inputOption) in inputs)
        {
            if (!string.IsNullOrEmpty(input) && FileIdentity.Of(input).IsSameAs(target))
            {
                throw new InvalidOptionException(optionName, $"'{path}' is also {inputOption}: it would be overwritten. Write to another file.");
            }
        }

        return target;
    }

    /// <summary>
    /// Checks, before any work is done, a folder to write files into (see <see cref="CheckFolderTarget(string, string)"/>)
    /// that must not hold any of the given inputs (a key file inside the folder of redacted copies could be replaced by
    /// one of them, and would be shipped with them).
    /// </summary>
    /// <param name="path">The folder.</param>
    /// <param name="optionName">The option that named it.</param>
    /// <param name="inputs">Files the command reads, each with its option, that must lie outside the folder.</param>
    /// <exception cref="InvalidOptionException">The folder cannot be written, or holds an input (links resolved).</exception>
    public static void CheckFolderTarget(string path, string optionName, params IEnumerable<(string Path, string OptionName)> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var folder = CheckFolderTarget(path, optionName);
        foreach (var (input, inputOption) in inputs)
        {
            if (!string.IsNullOrEmpty(input) && FileIdentity.Of(input).IsInside(folder))
            {
                throw new InvalidOptionException(optionName, $"'{path}' holds {inputOption}: keep it apart from the files written there, which could replace it.");
            }
        }
    }

    /// <summary>
    /// Checks, before any work is done, a folder to write files into: an existing folder, or a new one whose parent
    /// exists (only the last level is ever created, so a typo in a parent does not create a tree of folders).
    /// </summary>
    /// <param name="path">The folder.</param>
    /// <param name="optionName">The option that named it.</param>
    /// <returns>The folder, links resolved.</returns>
    /// <exception cref="InvalidOptionException">The name is empty or too long, it is a file, or its parent does not exist.</exception>
    internal static FileIdentity CheckFolderTarget(string path, string optionName)
    {
        ArgumentNullException.ThrowIfNull(path);
        var folder = CheckName(Path.TrimEndingDirectorySeparator(path) is { Length: > 0 } trimmed ? trimmed : path, optionName);
        switch (folder.Kind)
        {
            case FileKind.Folder:
                return folder;
            case FileKind.Regular or FileKind.Special:
                throw new InvalidOptionException(optionName, $"'{path}' is a file: give a folder.");
            case FileKind.LinkLoop:
                throw new InvalidOptionException(optionName, $"'{path}' is a symbolic link loop.");
        }

        if (!Directory.Exists(Path.GetDirectoryName(folder.RealPath)))
        {
            throw new InvalidOptionException(optionName, $"the folder that would hold '{path}' does not exist (only the last folder of the path is created).");
        }

        return folder;
    }

    /// <summary>Checks a name for a file or folder to write and resolves it (links followed).</summary>
    internal static FileIdentity CheckName(string path, string optionName)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new InvalidOptionException(optionName, "the file name is empty.");
        }

        if (Path.EndsInDirectorySeparator(path))
        {
            throw new InvalidOptionException(optionName, $"'{path}' ends in a separator: give a file name, not a folder.");
        }

        if (Encoding.UTF8.GetByteCount(Path.GetFileName(path)) > MaxFileNameBytes)
        {
            throw new InvalidOptionException(optionName, $"the file name is longer than {MaxFileNameBytes} bytes.");
        }

        return FileIdentity.Of(path);
    }
}
