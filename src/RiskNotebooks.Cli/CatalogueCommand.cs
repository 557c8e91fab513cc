using System.CommandLine;
using System.Text.Json;
using RiskNotebooks.Commands;
using RiskNotebooks.Guidance;
using RiskNotebooks.Reporting.Html;

namespace RiskNotebooks.Cli;

/// <summary><c>risknb catalogue</c>: the options of <see cref="CatalogueRequest.Table"/>, plus the formats of the command line.</summary>
internal static class CatalogueCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    internal static Command Create(TextWriter output)
    {
        var table = new TableCommand<CatalogueRequest>(CatalogueRequest.Table);
        var format = OutputFormat.Create("Output format: table (readable) or json (the entries with their sources).");
        var command = table.Command;
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var (catalogue, entry) = table.Bind(parse).Resolve();
            if (parse.GetValue(format) == "json")
            {
                output.WriteLine(entry is null ? JsonSerializer.Serialize(catalogue.Entries, Json) : JsonSerializer.Serialize(entry, Json));
            }
            else
            {
                output.Write(entry is null ? CatalogueCard.ToText(catalogue) : CatalogueCard.ToText(entry));
            }

            return ExitCodes.Ok;
        });

        return command;
    }
}
