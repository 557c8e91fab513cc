using RiskNotebooks.Commands;
using RiskNotebooks.Data;
using RiskNotebooks.Sources;

namespace RiskNotebooks.Reporting.Notebook;

/// <summary>
/// What each measuring magic command computes and displays, for any notebook host: a host parses the magic line into
/// the command's request (from its option table), calls the command with its session, displays the items and
/// publishes the result if the user named a variable. Nothing here knows a kernel.
/// </summary>
public static partial class NotebookCommands
{
    /// <summary>Loads a table into the session as its current table, named by the file unless a name is given.</summary>
    /// <param name="session">The session.</param>
    /// <param name="path">The file.</param>
    /// <param name="options">How to read it.</param>
    /// <param name="name">The table's name, or <see langword="null"/> for one made from the file name.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The loaded table.</returns>
    public static LoadedTable Load(NotebookSession session, string path, CsvLoadOptions options, string? name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        var table = TableFiles.Load(path, options, cancellationToken);
        var loaded = new LoadedTable(name ?? VariableName(Path.GetFileNameWithoutExtension(path)), table, ColumnProfiler.Profile(table));
        session.Add(loaded);
        return loaded;
    }

    /// <summary>A name that is a C# identifier, made from a file name: other characters become <c>_</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The name.</returns>
    public static string VariableName(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var name = string.Concat(text.Select(c => char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_'));
        return name.Length == 0 || char.IsDigit(name[0]) ? "_" + name : name;
    }

    /// <summary>Refuses options that only apply when a file is read, when the command measures what the session holds.</summary>
    private static void OnlyWithFile(string magic, params (string Option, bool Given)[] options)
    {
        foreach (var (option, given) in options)
        {
            if (given)
            {
                throw new InvalidOptionException(option, $"only applies when {magic} reads a file (give its path); what was loaded before was read with its own options.");
            }
        }
    }
}
