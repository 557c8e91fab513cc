using System.Text.Json;
using System.Text.Json.Serialization;
using RiskNotebooks.Inference;
using RiskNotebooks.ML;

namespace RiskNotebooks.Reporting.Json;

/// <summary>The JSON form of an <see cref="AttributeInferenceReport"/>: aggregates only (values of fewer than 5 records are counted, not named), camelCase.</summary>
public static class InferJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>Writes the JSON of an inference report, indented, followed by a line break.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(AttributeInferenceReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(JsonSerializer.Serialize(From(report), Options));
    }

    /// <summary>Writes the JSON of an attack from a released table, indented, followed by a line break.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(ReleaseInferenceReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(JsonSerializer.Serialize(
            new ReleaseDocument(report.Original, report.Released, report.Control, report.Options.Trainer, report.Options.Seed, report.QuasiIdentifiersUsed, report.Attributes, report.Linkage, report.Warnings, "Risk = (attack - control) / (1 - control); interval: Newcombe's hybrid score interval of the difference, divided by 1 - control. Linkage: nearest released records by Gower distance on the quasi-identifiers; singled out when they are one record within the match distance; the attribute guessed is their most frequent value."),
            Options));
    }

    internal static Document From(AttributeInferenceReport r) => new(
        r.Source,
        r.RecordCount,
        new Parameters(r.Options.Trainer, r.Options.Folds, r.Options.Seed, r.Options.Tolerance, r.Options.ConfidenceLevel, r.Options.MaxTrainingRecords),
        r.QuasiIdentifiersUsed,
        [.. r.Attributes.Select(a => new Attribute(
            a.Name, a.Kind, a.Records, a.MissingRecords, a.DistinctValues, a.Success, a.SuccessInterval, a.Baseline, a.Advantage, a.AdvantageInterval,
            a.RSquared, a.RSquaredInterval, a.Tolerance, a.ClassRecalls, a.SmallClassCount, a.SmallClassRecords, a.Contributions))],
        r.Warnings,
        "Inference advantage = (accuracy - baseline) / (1 - baseline), out of fold; the interval is Wilson's for the accuracy (numeric: the share within tolerance) with the baseline held fixed; R²'s interval is the delta method's for the ratio SSE/SST.");

    internal sealed record Document(string Source, int Records, Parameters Parameters, IReadOnlyList<string> QuasiIdentifiers, IReadOnlyList<Attribute> Attributes, IReadOnlyList<string> Warnings, string Method);

    internal sealed record ReleaseDocument(string Original, string Released, string Control, InferenceTrainer Trainer, int Seed, IReadOnlyList<string> QuasiIdentifiers, IReadOnlyList<ReleasedAttributeInference> Attributes, ReleaseLinkageReport Linkage, IReadOnlyList<string> Warnings, string Method);

    internal sealed record Parameters(InferenceTrainer Trainer, int Folds, int Seed, double Tolerance, double ConfidenceLevel, int MaxTrainingRecords);

    internal sealed record Attribute(
        string Name, SensitiveAttributeKind Kind, int Records, int MissingRecords, int DistinctValues, double Success, InferenceInterval SuccessInterval,
        double Baseline, double Advantage, InferenceInterval AdvantageInterval, double? RSquared, InferenceInterval? RSquaredInterval, double? Tolerance,
        IReadOnlyList<ClassRecall> Values, int ValuesWithFewerThan5Records, int RecordsInThoseValues, IReadOnlyList<QuasiIdentifierContribution> Contributions);
}
