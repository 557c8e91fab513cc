using Microsoft.CodeAnalysis.CSharp;
using RiskNotebooks.Commands;
using RiskNotebooks.Kernel.Completion;
using RiskNotebooks.Reporting.Notebook;

namespace RiskNotebooks.Kernel.Magic;

/// <summary>
/// The RiskNotebooks magic commands in our kernel: each line of a magic cell is parsed by <see cref="MagicLine"/> and run
/// by the host-neutral <see cref="NotebookMagics"/> (the same commands, options and checks as the .NET Interactive
/// extension and, where a command has one, the command line); this class only formats what they return and publishes
/// the variable the user named. One instance per kernel session.
/// </summary>
public sealed class RiskMagicCommands : IMagicCommands
{
    private readonly NotebookMagics magics = new(new NotebookSession(), IsVariableName);
    private int chartsWarmed;

    /// <summary>The session the commands keep their tables and results in.</summary>
    public NotebookSession Session => magics.Session;

    /// <inheritdoc/>
    public bool Handles(string cellCode) => cellCode is not null && NotebookMagics.IsMagicCell(cellCode);

    /// <inheritdoc/>
    public Task<MagicOutcome> RunAsync(string cellCode, MagicContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cellCode);
        ArgumentNullException.ThrowIfNull(context);
        var lines = cellCode.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal)).ToArray();
        if (lines.FirstOrDefault(l => !l.StartsWith("#!", StringComparison.Ordinal)) is not null)
        {
            return Task.FromResult(MagicOutcome.Failure("a cell of magic commands holds only #! lines (and // comments) in this kernel: put the C# in a cell of its own."));
        }

        // The first magic cell of a session (usually a load) warms the charts on the other core, so the first #!reid does
        // not wait for Plotly.NET's first serialisation (~0.8 s); a session that never uses them does not pay its ~80 MiB.
        if (Interlocked.Exchange(ref chartsWarmed, 1) == 0)
        {
            _ = Task.Run(Reporting.Charts.RiskChart.WarmUp, CancellationToken.None);
        }

        // The measurements are synchronous and honour the token: run them off the caller's thread.
        return Task.Run(() => Run(lines, context, cancellationToken), cancellationToken);
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> Complete(string code, int cursorCodePoints)
    {
        ArgumentNullException.ThrowIfNull(code);
        return magics.Complete(code, CodePoints.ToUtf16(code, cursorCodePoints));
    }

    /// <summary>Whether a name can be a C# variable of the script: an identifier that is not a keyword.</summary>
    /// <param name="name">The name.</param>
    /// <returns>True when it can.</returns>
    public static bool IsVariableName(string name)
        => SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;

    private MagicOutcome Run(IReadOnlyList<string> lines, MagicContext context, CancellationToken cancellationToken)
    {
        var displays = new List<Display.MimeBundle>();
        var variables = new List<PublishedVariable>();
        foreach (var line in lines)
        {
            cancellationToken.ThrowIfCancellationRequested();
            MagicResult result;
            try
            {
                result = magics.RunLine(line, cancellationToken, new CellProgress(context.Output));
            }
            catch (RiskNotebooksException e)
            {
                // What the earlier lines of the cell showed and published stays; the cell fails with the message.
                return new MagicOutcome { Displays = displays, Variables = variables, Error = OptionSpellings.ForHost(e).Message };
            }

            displays.AddRange(result.Displays.Select(context.Formatter.Format));
            if (result.Published is { } published)
            {
                variables.RemoveAll(v => v.Name == published.Name);
                variables.Add(new PublishedVariable(published.Name, published.Value, published.Value.GetType()));
            }
        }

        return new MagicOutcome { Displays = displays, Variables = variables };
    }
}
