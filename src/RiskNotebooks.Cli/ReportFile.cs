using System.CommandLine;
using RiskNotebooks.Reporting.Export;

namespace RiskNotebooks.Cli;

/// <summary>The <c>--report FILE.html</c> option every measuring command has: the notebook's card and charts in one offline file.</summary>
internal static class ReportFile
{
    internal const string OptionName = "--report";

    internal static Option<string?> Create() => new(OptionName)
    {
        Description = "Also write a self-contained HTML report (summary card and charts, plotly.js inlined, nothing loaded from the network; aggregates only), atomically.",
    };

    /// <summary>Checks the path before any work is done (an .html name in an existing folder).</summary>
    internal static string? Validate(string? path)
    {
        if (path is null)
        {
            return null;
        }

        HtmlReport.CheckPath(path, OptionName);
        return path;
    }

    internal static void Write(ParseResult parse, string? path, Func<HtmlReport> build)
    {
        if (path is not null)
        {
            build().Save(path, OptionName);
            OutputFiles.Announce(parse, path, "the report");
        }
    }
}
