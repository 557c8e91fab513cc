using System.Text.Json;
using System.Text.Json.Serialization;
using RiskNotebooks.Registry;

namespace RiskNotebooks.Cli;

/// <summary>The JSON form of a <see cref="ReidentificationReport"/>: aggregates only, camelCase, shares in [0, 1].</summary>
internal static class ReidJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    internal static void Write(ReidentificationReport report, TextWriter output)
    {
        output.WriteLine(JsonSerializer.Serialize(From(report), Options));
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
        Population PopulationUniqueness);

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
