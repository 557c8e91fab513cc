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
    private readonly List<(string Path, string What)> announced = [];

    /// <summary>The outputs written so far, moved into place by <see cref="Commit"/>.</summary>
    internal AtomicFileSet Staged { get; } = new();

    /// <summary>An input file (or, with <paramref name="folderAllowed"/>, folder); null stays null.</summary>
    internal string? Input(string? path, string optionName, bool folderAllowed = false)
    {
        if (path is not null)
        {
            InputFile.RequireReadable(path, optionName, folderAllowed);
            inputs.Add((path, optionName));
        }

        return path;
    }

    /// <summary>Inputs already known to be readable (the documents of a scanned folder).</summary>
    internal void Inputs(IEnumerable<string> paths, string optionName) => inputs.AddRange(paths.Select(p => (p, optionName)));

    /// <summary>An output file; null stays null.</summary>
    /// <param name="path">The file.</param>
    /// <param name="optionName">The option that named it.</param>
    /// <param name="what">What it holds, to say where it was written (for example <c>per-user results</c>); null: not said.</param>
    internal string? Output(string? path, string optionName, string? what = null)
    {
        if (path is not null)
        {
            AtomicFile.CheckTarget(path, optionName, [.. inputs, .. outputs]);
            outputs.Add((path, optionName));
            if (what is not null)
            {
                announced.Add((path, what));
            }
        }

        return path;
    }

    /// <summary>The report of <c>--report</c> (see <see cref="ResultReport.CheckPath"/>); null stays null.</summary>
    internal string? Report(string? path, string optionName = ReportFile.OptionName)
    {
        if (path is not null)
        {
            ResultReport.CheckPath(path, optionName, [.. inputs, .. outputs]);
            outputs.Add((path, optionName));
            announced.Add((path, "the report"));
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

    /// <summary>
    /// Moves every staged output into place, then says on <paramref name="error"/> where each report or record file went;
    /// a run cancelled before this point (Ctrl+C while a report was being built) writes nothing.
    /// </summary>
    internal void Commit(TextWriter? error = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Staged.Commit();
        foreach (var (path, what) in announced)
        {
            if (File.Exists(path))
            {
                error?.WriteLine($"risknb: wrote {what} to {path}");
            }
        }
    }

    /// <inheritdoc/>
    public void Dispose() => Staged.Dispose();
}
