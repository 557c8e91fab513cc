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

    /// <summary>Checks the path before any work is done, so a typo does not cost a long run.</summary>
    internal static string? Validate(string? path)
    {
        if (path is null)
        {
            return null;
        }

        var extension = Path.GetExtension(path);
        if (!extension.Equals(".html", StringComparison.OrdinalIgnoreCase) && !extension.Equals(".htm", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOptionException(OptionName, $"the report is HTML: give a file name ending in .html, not '{Path.GetFileName(path)}'.");
        }

        if (!Directory.Exists(Path.GetDirectoryName(Path.GetFullPath(path))))
        {
            throw new InvalidOptionException(OptionName, $"the folder of '{path}' does not exist.");
        }

        return path;
    }

    internal static void Write(string? path, Func<HtmlReport> build)
    {
        if (path is not null)
        {
            build().Save(path, OptionName);
        }
    }
}
