using System.CommandLine;

namespace RiskNotebooks.Cli;

/// <summary>The <c>--report FILE.html</c> option every measuring command has: the notebook's card and charts in one offline file.</summary>
internal static class ReportFile
{
    internal const string OptionName = "--report";

    internal static Option<string?> Create() => new(OptionName)
    {
        Description = "Also write a self-contained HTML report (summary card and charts, plotly.js inlined, nothing loaded from the network; aggregates only), atomically.",
    };

    /// <summary>Stages the report with the command's other outputs (checked before any work by <see cref="CommandFiles.Report"/>).</summary>
    internal static void Write(CommandFiles files, string? path, Func<RiskNotebooks.Reporting.Export.HtmlReport> build)
    {
        if (path is not null)
        {
            build().Save(files.Staged, path, OptionName);
        }
    }
}
