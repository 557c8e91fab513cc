using RiskNotebooks.Data;
using RiskNotebooks.Reporting.Export;

namespace RiskNotebooks.Cli;

/// <summary>
/// The files one run of a command reads and writes. Inputs are checked (regular files that exist), then every output is
/// checked against the inputs and the outputs before it, links resolved (see <see cref="AtomicFile.CheckTarget"/>), all
/// before any work, so a typo does not cost a long run and no input is ever overwritten. The outputs are then staged and
/// moved into place together (see <see cref="AtomicFileSet"/>): both of <c>--records</c> and <c>--report</c>, or neither.
/// </summary>
internal sealed class CommandFiles : IDisposable
{
    private readonly List<(string Path, string OptionName)> inputs = [];
    private readonly List<(string Path, string OptionName)> outputs = [];

    /// <summary>The outputs written so far, moved into place by <see cref="Commit"/>.</summary>
    internal AtomicFileSet Staged { get; } = new();

    /// <summary>An input file (or, with <paramref name="folderAllowed"/>, folder); null stays null.</summary>
    internal string? Input(string? path, string optionName, bool folderAllowed = false)
    {
        if (path is not null)
        {
            InputFile.Check(path, optionName, folderAllowed);
            inputs.Add((path, optionName));
        }

        return path;
    }

    /// <summary>Inputs already known to be readable (the documents of a scanned folder).</summary>
    internal void Inputs(IEnumerable<string> paths, string optionName) => inputs.AddRange(paths.Select(p => (p, optionName)));

    /// <summary>An output file; null stays null.</summary>
    internal string? Output(string? path, string optionName)
    {
        if (path is not null)
        {
            AtomicFile.CheckTarget(path, optionName, [.. inputs, .. outputs]);
            outputs.Add((path, optionName));
        }

        return path;
    }

    /// <summary>The HTML report of <c>--report</c> (see <see cref="HtmlReport.CheckPath"/>); null stays null.</summary>
    internal string? Report(string? path, string optionName = ReportFile.OptionName)
    {
        if (path is not null)
        {
            HtmlReport.CheckPath(path, optionName, [.. inputs, .. outputs]);
            outputs.Add((path, optionName));
        }

        return path;
    }

    /// <summary>Checks every output again, against inputs added since (files an input names, known after reading it).</summary>
    internal void CheckOutputs()
    {
        foreach (var (path, optionName) in outputs)
        {
            AtomicFile.CheckTarget(path, optionName, inputs);
        }
    }

    /// <summary>Moves every staged output into place.</summary>
    internal void Commit() => Staged.Commit();

    /// <inheritdoc/>
    public void Dispose() => Staged.Dispose();
}
