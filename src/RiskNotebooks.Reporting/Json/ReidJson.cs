using System.Text.Json;
using System.Text.Json.Serialization;
using RiskNotebooks.Registry;
using RiskNotebooks.Registry.Diversity;

namespace RiskNotebooks.Reporting.Json;

/// <summary>The JSON form of a <see cref="ReidentificationReport"/>: aggregates only, camelCase, shares in [0, 1].</summary>
public static class ReidJson
{
    /// <summary>Writes the JSON of a re-identification report, indented, followed by a line break.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(ReidentificationReport report, TextWriter output)
    {
        output.WriteLine(JsonSerializer.Serialize(From(report), ReidJsonContext.Default.Document));
    }

    internal static Document From(ReidentificationReport report)
    {
        var u = report.PopulationUniqueness;
        return new Document(
            Source: Path.GetFileName(report.Source),
            Records: report.RecordCount,
            QuasiIdentifiers: report.QuasiIdentifiers,
            Classes: report.ClassCount,
            MinClassSize: report.MinClassSize,
            MaxClassSize: report.MaxClassSize,
            AverageClassSize: report.AverageClassSize,
            ClassSizeHistogram: report.Histogram.Entries.Select(e => new HistogramEntry(e.Key, e.Value)).ToArray(),
            Threshold: report.Threshold,
            Prosecutor: Risk(report.Prosecutor),
            Journalist: Risk(report.Journalist),
            Marketer: new Marketer(report.Marketer.AverageRisk),
            SampleUniqueness: report.SampleUniqueness,
            IndividualRisk: new Individual(
                report.IndividualRisk.ExpectedReidentifications,
                report.IndividualRisk.MeanRisk,
                report.IndividualRisk.HouseholdExpectedReidentifications,
                report.IndividualRisk.HouseholdMeanRisk,
                report.IndividualRisk.Frequencies.HasWeights,
                report.IndividualRisk.Frequencies.Alpha),
            KAnonymityViolations: new Dictionary<string, int>
            {
                ["2"] = report.IndividualRisk.Frequencies.ViolationsOfKAnonymity(2),
                ["3"] = report.IndividualRisk.Frequencies.ViolationsOfKAnonymity(3),
                ["5"] = report.IndividualRisk.Frequencies.ViolationsOfKAnonymity(5),
            },
            AttributeRisks: report.AttributeRisks?.Select(a => new Attribute(a.Attributes, a.Distinction, a.Separation, a.SampleUniques)).ToArray(),
            SensitiveAttributes: report.Diversity?.Attributes.ToDictionary(a => a.Name, Sensitive),
            Suda: report.Suda is { } s ? SudaSummary(s) : null,
            PopulationUniqueness: new Population(
                u.PopulationSize,
                u.SamplingFraction,
                u.IsPopulationAssumed,
                u.Zayatz,
                u.Pitman,
                u.Snb,
                u.Dankar,
                Name(u.DankarModel),
                u.FailedModels.Select(Name).ToArray()));
    }

    private static SensitiveSummary Sensitive(SensitiveAttributeDiversity a) => new(
        new LDiversity(LSummaryOf(a.Distinct), LSummaryOf(a.Entropy), LSummaryOf(a.Recursive), a.RecursiveC, a.Distinct.RequiredL),
        new TCloseness(a.TCloseness.GroundDistance.ToString().ToLowerInvariant(), a.TCloseness.Maximum, a.TCloseness.Average, a.TCloseness.Threshold, a.TCloseness.ShareAboveThreshold, a.TCloseness.ClassesAboveThreshold));

    private static LSummary LSummaryOf(LDiversitySummary s) => new(s.Minimum, s.Average, s.ShareBelowRequiredL, s.ClassesBelowRequiredL);

    private static SudaJson SudaSummary(RiskNotebooks.Registry.Suda.SudaResult s)
    {
        double max = 0, sum = 0, disMax = 0, disSum = 0;
        for (var r = 0; r < s.RecordCount; r++)
        {
            max = Math.Max(max, s.Scores[r]);
            sum += s.Scores[r];
            disMax = Math.Max(disMax, s.DisScores[r]);
            disSum += s.DisScores[r];
        }

        var n = Math.Max(1, s.RecordCount);
        return new SudaJson(
            s.Options.DisFraction,
            s.SampleUniqueCount,
            s.ScoredRecordCount,
            s.MsuCount,
            s.MsuCountsBySize,
            max,
            sum / n,
            disMax,
            disSum / n,
            s.Contributions.ToDictionary(c => c.Key, c => c.Percent),
            s.DisBands.Select(b => new SudaBand(b.Interval, b.RecordCount)).ToArray());
    }

    private static string Name(PopulationUniquenessModel model) => model.ToString().ToLowerInvariant();

    private static Attacker Risk(SampleRisk risk)
        => new(risk.HighestRisk, risk.LowestRisk, risk.AverageRisk, risk.RecordsAtHighestRisk, risk.RecordsAtRisk);

    internal sealed record Document(
        string Source,
        long Records,
        IReadOnlyList<string> QuasiIdentifiers,
        long Classes,
        int MinClassSize,
        int MaxClassSize,
        double AverageClassSize,
        IReadOnlyList<HistogramEntry> ClassSizeHistogram,
        double Threshold,
        Attacker Prosecutor,
        Attacker Journalist,
        Marketer Marketer,
        double SampleUniqueness,
        Individual IndividualRisk,
        IReadOnlyDictionary<string, int> KAnonymityViolations,
        IReadOnlyList<Attribute>? AttributeRisks,
        IReadOnlyDictionary<string, SensitiveSummary>? SensitiveAttributes,
        SudaJson? Suda,
        Population PopulationUniqueness);

    internal sealed record Individual(double ExpectedReidentifications, double MeanRisk, double? HouseholdExpectedReidentifications, double? HouseholdMeanRisk, bool Weighted, double MissingWeight);

    internal sealed record SudaJson(double DisFraction, int SampleUniques, int RecordsWithMsus, long Msus, IReadOnlyList<long> MsusBySize, double MaxScore, double MeanScore, double MaxDisScore, double MeanDisScore, IReadOnlyDictionary<string, double> ContributionPercent, IReadOnlyList<SudaBand> DisScoreBands);

    internal sealed record SudaBand(string Interval, int Records);

    internal sealed record SensitiveSummary(LDiversity LDiversity, TCloseness TCloseness);

    internal sealed record LDiversity(LSummary Distinct, LSummary Entropy, LSummary Recursive, double RecursiveC, int RequiredL);

    internal sealed record LSummary(double Minimum, double Average, double ShareOfRecordsBelowRequiredL, long ClassesBelowRequiredL);

    internal sealed record TCloseness(string GroundDistance, double Maximum, double Average, double Threshold, double ShareOfRecordsAboveThreshold, long ClassesAboveThreshold);

    internal sealed record Attribute(IReadOnlyList<string> Attributes, double Distinction, double Separation, long SampleUniques);

    internal sealed record HistogramEntry(int Size, long Classes);

    internal sealed record Attacker(double HighestRisk, double LowestRisk, double AverageRisk, double RecordsAtHighestRisk, double RecordsAtRisk);

    internal sealed record Marketer(double AverageRisk);

    internal sealed record Population(
        long PopulationSize,
        double SamplingFraction,
        bool PopulationAssumed,
        double? Zayatz,
        double? Pitman,
        double? Snb,
        double? Dankar,
        string DankarModel,
        IReadOnlyList<string> FailedModels);
}

/// <summary>
/// The serializer of <see cref="ReidJson"/>'s document, generated at build time: the reflection-based serializer spent
/// about 0.1 s of every run building its metadata (and compiling it), a third of a small run.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ReidJson.Document))]
internal sealed partial class ReidJsonContext : JsonSerializerContext;
