using System.CommandLine;
using System.Globalization;
using RiskNotebooks.Data;
using RiskNotebooks.Registry;

namespace RiskNotebooks.Cli;

/// <summary><c>risknb reid</c>: the re-identification risk of a table for a set of quasi-identifiers.</summary>
internal static class ReidCommand
{
    internal static Command Create(TextWriter output)
    {
        var file = new Argument<string?>("FILE")
        {
            Description = "A CSV/TSV file with a header row. Without it, the bundled demo registry is used with its default quasi-identifiers.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var qi = new Option<string?>("--qi") { Description = "Quasi-identifier columns, comma-separated (e.g. birth_date,sex,postcode)." };
        var population = new Option<long?>("--population") { Description = "Population size N the sample was drawn from." };
        var fraction = new Option<double?>("--sampling-fraction") { Description = "Sampling fraction f = n/N in (0, 1]; N = round(n / f)." };
        var populationTable = new Option<string?>("--population-table") { Description = "A CSV of the population (same QI columns): gives F_c for journalist and marketer risk." };
        var threshold = new Option<double>("--threshold") { Description = "Risk threshold for 'records at risk' (risk strictly greater).", DefaultValueFactory = _ => 0.2d };
        var delimiter = new Option<string?>("--delimiter") { Description = "Field delimiter (',', ';', '|' or 'tab'); detected when not given." };
        var missing = new Option<string?>("--missing") { Description = "Comma-separated cell texts that mean missing (default: empty and NA)." };
        var format = new Option<string>("--format") { Description = "Output format: table (readable) or json (for pipelines).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");

        var command = new Command("reid", "Measure re-identification risk (prosecutor, journalist, marketer; sample and population uniqueness) as ARX does.")
        {
            file, qi, population, fraction, populationTable, threshold, delimiter, missing, format,
        };

        command.SetAction(parse =>
        {
            var path = parse.GetValue(file);
            var isDemo = path is null;
            path ??= DemoData.Locate();
            var qis = ParseList(parse.GetValue(qi));
            if (qis.Count == 0)
            {
                if (!isDemo)
                {
                    throw new InvalidOptionException("--qi", "name the quasi-identifier columns, e.g. --qi birth_date,sex,postcode.");
                }

                qis = DemoData.DefaultQuasiIdentifiers;
            }

            var populationSize = parse.GetValue(population);
            var samplingFraction = parse.GetValue(fraction);
            if (populationSize is not null && samplingFraction is not null)
            {
                throw new InvalidOptionException("--population", "give either --population or --sampling-fraction, not both.");
            }

            PopulationModel? model = null;
            if (populationSize is { } size)
            {
                model = size > 0 ? PopulationModel.OfSize(size) : throw new InvalidOptionException("--population", "must be a positive whole number.");
            }
            else if (samplingFraction is { } f)
            {
                model = f is > 0d and <= 1d ? PopulationModel.OfSamplingFraction(f) : throw new InvalidOptionException("--sampling-fraction", "must be a number in (0, 1].");
            }

            var loadOptions = new CsvLoadOptions
            {
                Delimiter = parse.GetValue(delimiter) is { } d ? CsvLoadOptions.ParseDelimiter(d) : null,
                MissingValues = parse.GetValue(missing) is { } m ? MissingValues.Parse(m) : MissingValues.Default,
                Columns = qis,
            };
            var table = CsvTableReader.Load(path, loadOptions);
            var populationPath = parse.GetValue(populationTable);
            var populationData = populationPath is null ? null : CsvTableReader.Load(populationPath, loadOptions);

            var report = ReidentificationAnalysis.Run(table, new ReidentificationOptions
            {
                QuasiIdentifiers = qis,
                Threshold = parse.GetValue(threshold),
                Population = model,
                PopulationTable = populationData,
            });

            if (parse.GetValue(format) == "json")
            {
                ReidJson.Write(report, output);
            }
            else
            {
                ReidTable.Write(report, output);
            }

            return ExitCodes.Ok;
        });

        return command;
    }

    internal static IReadOnlyList<string> ParseList(string? text)
        => text is null ? [] : text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
