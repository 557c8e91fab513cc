using RiskNotebooks.Data;

namespace RiskNotebooks.Commands;

/// <summary>
/// <c>risknb report ASSESSMENT --format html|docx|md|json --out FILE</c>: a whole assessment file evaluated and written as
/// one report. Hosts fill it from <see cref="Table"/>. (A command-line command: notebooks export the last result with
/// <c>#!risk-export</c>, which takes the same <c>--min-cell-size</c>.)
/// </summary>
public sealed class ReportRequest : ICommandRequest
{
    /// <summary>The report formats by name.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["html", "docx", "md", "json"];

    /// <summary>The options of the command, as every host binds them.</summary>
    public static CommandTable<ReportRequest> Table { get; } = new CommandTable<ReportRequest>(
            "report",
            "Evaluate a whole assessment file (as risknb assess) and write it as one report a DPO can file: html, docx (Word), md or json. Aggregates only, written atomically, nothing loaded from the network.")
        .AddPositional("ASSESSMENT", "The assessment file (JSON; see datasets/schemas/assessment.schema.json).", (r, v) => r.Path = v, required: true)
        .Add("--out", "The report file to write (atomically); its extension must fit --format.", OptionKind.Path, (r, v) => r.Out = v.Text)
        .Add("--format", "html, docx, md or json; taken from the extension of --out when not given.", OptionKind.Text, (r, v) => r.Format = Formats.Contains(v.Text.Trim().ToLowerInvariant()) ? v.Text.Trim().ToLowerInvariant() : throw new InvalidOptionException(v.Option, "is not a report format: use html, docx, md or json."), completions: Formats)
        .Add(OptionSpellings.FlagOf(MinimumCellSize.OptionName)!, MinimumCellSize.OptionDescription, OptionKind.Number, (r, v) => r.MinimumCellSize = MinimumCellSize.Parse(v.Text, v.Option), r => r.MinimumCellSize.ToString());

    /// <summary>The assessment file.</summary>
    public string? Path { get; set; }

    /// <summary>The report file.</summary>
    public string? Out { get; set; }

    /// <summary>The format's name, or <see langword="null"/> to take it from <see cref="Out"/>.</summary>
    public string? Format { get; set; }

    /// <summary>The minimum cell size of every count of people in the report.</summary>
    public MinimumCellSize MinimumCellSize { get; set; } = MinimumCellSize.Default;

    /// <inheritdoc/>
    public void Validate()
    {
        if (Path is null)
        {
            throw new InvalidOptionException("ASSESSMENT", "give the assessment file, e.g. risknb report datasets/assessments/demo-registry-enclave.assessment.json --out report.docx");
        }

        if (string.IsNullOrWhiteSpace(Out))
        {
            throw new InvalidOptionException("--out", "give the report file to write, e.g. --out assessment.docx");
        }

        var extension = System.IO.Path.GetExtension(Out).TrimStart('.').ToLowerInvariant();
        extension = extension is "htm" ? "html" : extension is "markdown" ? "md" : extension;
        if (Format is { } format && extension != format)
        {
            throw new InvalidOptionException("--out", $"the file name '{System.IO.Path.GetFileName(Out)}' does not end in .{format}, the format --format asks for.");
        }
    }
}
