using System.CommandLine;
using RiskNotebooks.Data;
using RiskNotebooks.Registry;
using RiskNotebooks.Reporting.Json;

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
        var weight = new Option<string?>("--weight") { Description = "Sampling weight column: Fk = sum of weights, individual risk by sdcMicro's approximation." };
        var household = new Option<string?>("--household") { Description = "Household id column: every member gets 1 - prod(1 - r) over the household." };
        var alpha = new Option<double>("--missing-weight") { Description = "Weight alpha in [0, 1] of compatible key patterns with missing values (sdcMicro).", DefaultValueFactory = _ => 1d };
        var subsets = new Option<bool>("--subsets") { Description = "Analyse every subset of the quasi-identifiers (distinction, separation, sample uniques)." };
        var maxSubset = new Option<int?>("--max-subset-size") { Description = "With --subsets: only subsets of at most this many attributes." };
        var sensitive = new Option<string?>("--sensitive") { Description = "Sensitive attributes, comma-separated: l-diversity (distinct, entropy, recursive (c,l)) and t-closeness per attribute." };
        var recursiveC = new Option<double>("--recursive-c") { Description = "c of recursive (c,l)-diversity.", DefaultValueFactory = _ => 2d };
        var suda = new Option<bool>("--suda") { Description = "SUDA: minimal sample uniques, SUDA and DIS-SUDA scores as sdcMicro's suda2, and which variables contribute most." };
        var disFraction = new Option<double>("--dis-fraction") { Description = "With --suda: the sampling fraction for DIS-SUDA (sdcMicro's DisFraction).", DefaultValueFactory = _ => 0.01 };
        var records = new Option<string?>("--records") { Description = "Write record-level risks (row, fk, Fk, risk, ...) to this CSV. Record-level output: share with care." };
        var format = new Option<string>("--format") { Description = "Output format: table (readable) or json (for pipelines).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var report = ReportFile.Create();

        var command = new Command("reid", "Measure re-identification risk (prosecutor, journalist, marketer; sample and population uniqueness) as ARX does.")
        {
            file, qi, population, fraction, populationTable, threshold, delimiter, missing, weight, household, alpha, subsets, maxSubset, sensitive, recursiveC, suda, disFraction, records, report, format,
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

            var model = PopulationModel.FromOptions(parse.GetValue(population), parse.GetValue(fraction));
            var weightColumn = parse.GetValue(weight);
            var householdColumn = parse.GetValue(household);
            var missingWeight = parse.GetValue(alpha);
            if (double.IsNaN(missingWeight) || missingWeight < 0d || missingWeight > 1d)
            {
                throw new InvalidOptionException("--missing-weight", "must be a number in [0, 1].");
            }

            var maxSubsetSize = parse.GetValue(maxSubset);
            if (maxSubsetSize is not null && !parse.GetValue(subsets))
            {
                throw new InvalidOptionException("--max-subset-size", "only applies with --subsets.");
            }

            using var files = new CommandFiles();
            files.Input(path, "FILE");
            var populationPath = files.Input(parse.GetValue(populationTable), "--population-table");
            var recordsPath = files.Output(parse.GetValue(records), "--records", "record-level risks");
            var reportPath = files.Report(parse.GetValue(report));
            var sensitiveAttributes = ParseList(parse.GetValue(sensitive));
            var wanted = qis.Concat(new[] { weightColumn, householdColumn }.OfType<string>()).Concat(sensitiveAttributes).Distinct(StringComparer.Ordinal).ToArray();
            var loadOptions = new CsvLoadOptions
            {
                Delimiter = parse.GetValue(delimiter) is { } d ? CsvLoadOptions.ParseDelimiter(d) : null,
                MissingValues = parse.GetValue(missing) is { } m ? MissingValues.Parse(m) : MissingValues.Default,
                Columns = wanted,
            };
            var table = CsvTableReader.Load(path, loadOptions);
            if (table.RowCount == 0)
            {
                throw new InputFormatException(path, null, null, null, "the file has a header but no records: there is nothing to measure.");
            }

            var populationData = populationPath is null ? null : CsvTableReader.Load(populationPath, loadOptions with { Columns = qis });

            var result = ReidentificationAnalysis.Run(table, new ReidentificationOptions
            {
                QuasiIdentifiers = qis,
                Threshold = parse.GetValue(threshold),
                Population = model,
                PopulationTable = populationData,
                WeightColumn = weightColumn,
                HouseholdColumn = householdColumn,
                MissingWeight = missingWeight,
                AnalyzeSubsets = parse.GetValue(subsets),
                MaxSubsetSize = maxSubsetSize,
                SensitiveAttributes = sensitiveAttributes,
                Diversity = new RiskNotebooks.Registry.Diversity.DiversityOptions { RecursiveC = parse.GetValue(recursiveC) },
                Suda = parse.GetValue(suda) ? new RiskNotebooks.Registry.Suda.SudaOptions { DisFraction = parse.GetValue(disFraction) } : null,
            });

            if (recordsPath is not null)
            {
                RecordsCsv.Write(files.Staged, recordsPath, result);
            }

            ReportFile.Write(files, reportPath, () => RiskNotebooks.Reporting.Export.HtmlReport.For(
                result,
                qis.Count >= 2 && !(result.AttributeRisks?.Any(r => r.Attributes.Count == 2) ?? false) ? RiskNotebooks.Registry.Attributes.AttributeRiskAnalysis.Run(table, qis, maxSubsetSize: 2) : null));
            files.Commit(parse.InvocationConfiguration.Error);
            if (parse.GetValue(format) == "json")
            {
                ReidJson.Write(result, output);
            }
            else
            {
                ReidTable.Write(result, output);
            }

            return ExitCodes.Ok;
        });

        return command;
    }

    internal static IReadOnlyList<string> ParseList(string? text)
        => text is null ? [] : text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
