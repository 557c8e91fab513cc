using System.CommandLine;

namespace RiskNotebooks.Cli;

/// <summary>The <c>--format table|json</c> option every measuring command has.</summary>
internal static class OutputFormat
{
    private const string Default = "Output format: table (readable) or json (for pipelines).";

    /// <summary>The option, table by default.</summary>
    /// <param name="description">What each format holds, where the default description does not say enough.</param>
    internal static Option<string> Create(string description = Default)
    {
        var format = new Option<string>("--format") { Description = description, DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        return format;
    }
}
