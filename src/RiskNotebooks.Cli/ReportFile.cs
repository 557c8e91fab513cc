using System.CommandLine;
using RiskNotebooks.Commands;
using RiskNotebooks.Data;
using RiskNotebooks.Reporting.Export;

namespace RiskNotebooks.Cli;

/// <summary>
/// The <c>--report FILE</c> and <c>--min-cell-size N</c> options every measuring command has: the result as a report in
/// the format the file's extension asks for (.html, .docx, .md, .json), aggregates only, counts of people below N
/// suppressed.
/// </summary>
internal sealed class ReportFile
{
    internal const string OptionName = "--report";

    private readonly Option<string?> path = new(OptionName)
    {
        Description = "Also write a report, atomically, in the format of its extension: .html (cards and charts, plotly.js inlined), .docx (Word: tables, shaded heatmaps, DPIA headings), .md or .json (report.schema.json). Aggregates only; nothing loaded from the network.",
    };

    private readonly Option<string?> minimum = new(OptionSpellings.FlagOf(MinimumCellSize.OptionName)!)
    {
        Description = MinimumCellSize.OptionDescription,
        DefaultValueFactory = _ => MinimumCellSize.DefaultValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Adds both options to a command.</summary>
    internal ReportFile(Command command)
    {
        command.Options.Add(path);
        command.Options.Add(minimum);
    }

    /// <summary>The report's path, checked with the command's files before any work (see <see cref="CommandFiles.Report"/>); null when not asked for.</summary>
    internal string? CheckedPath(ParseResult parse, CommandFiles files) => files.Report(parse.GetValue(path));

    /// <summary>Whether --report was given.</summary>
    internal bool IsGiven(ParseResult parse) => parse.GetValue(path) is not null;

    /// <summary>The minimum cell size given (5 unless set).</summary>
    internal MinimumCellSize Minimum(ParseResult parse)
        => parse.GetValue(minimum) is { } text ? MinimumCellSize.Parse(text) : MinimumCellSize.Default;

    /// <summary>Stages the report with the command's other outputs.</summary>
    internal void Write(ParseResult parse, CommandFiles files, string? reportPath, Func<ResultReport> build)
    {
        if (reportPath is not null)
        {
            build().Save(files.Staged, reportPath, OptionName, Minimum(parse));
        }
    }
}
