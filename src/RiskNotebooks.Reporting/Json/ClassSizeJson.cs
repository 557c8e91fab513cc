using System.Text.Json;
using System.Text.Json.Serialization;
using RiskNotebooks.Registry;

namespace RiskNotebooks.Reporting.Json;

/// <summary>
/// The JSON form of a <see cref="ClassSizeRiskReport"/> (measures pushed into a database): the fields of
/// <see cref="ReidJson"/> that depend only on class sizes, with the same names, and <c>computedIn</c>.
/// </summary>
public static class ClassSizeJson
{
    /// <summary>Writes the JSON of a class-size report, indented, followed by a line break.</summary>
    /// <param name="report">The report.</param>
    /// <param name="computedIn">Where the classes were counted: <c>duckdb</c> or <c>postgresql</c>.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(ClassSizeRiskReport report, string computedIn, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var u = report.PopulationUniqueness;
        var h = report.Histogram;
        var document = new Document(
            Source: report.Source,
            ComputedIn: computedIn,
            Records: report.RecordCount,
            QuasiIdentifiers: report.QuasiIdentifiers,
            Classes: report.ClassCount,
            MinClassSize: report.MinClassSize,
            MaxClassSize: h.IsEmpty ? 0 : h.MaxClassSize,
            AverageClassSize: report.ClassCount == 0 ? 0d : (double)report.RecordCount / report.ClassCount,
            ClassSizeHistogram: h.Entries.Select(e => new ReidJson.HistogramEntry(e.Key, e.Value)).ToArray(),
            Threshold: report.Threshold,
            Prosecutor: Risk(report.Prosecutor),
            Journalist: Risk(report.Journalist),
            Marketer: new ReidJson.Marketer(report.Marketer.AverageRisk),
            SampleUniqueness: report.SampleUniqueness,
            KAnonymityViolations: new Dictionary<string, long> { ["2"] = Below(h, 2), ["3"] = Below(h, 3), ["5"] = Below(h, 5) },
            AttributeRisks: report.AttributeRisks?.Select(a => new ReidJson.Attribute(a.Attributes, a.Distinction, a.Separation, a.SampleUniques)).ToArray(),
            PopulationUniqueness: new ReidJson.Population(u.PopulationSize, u.SamplingFraction, u.IsPopulationAssumed, u.Zayatz, u.Pitman, u.Snb, u.Dankar,
                u.DankarModel.ToString().ToLowerInvariant(), u.FailedModels.Select(m => m.ToString().ToLowerInvariant()).ToArray()));
        output.WriteLine(JsonSerializer.Serialize(document, ClassSizeJsonContext.Default.Document));
    }

    /// <summary>Records in classes smaller than k.</summary>
    private static long Below(ClassSizeHistogram h, int k) => h.Entries.Where(e => e.Key < k).Sum(e => e.Key * e.Value);

    private static ReidJson.Attacker Risk(SampleRisk risk)
        => new(risk.HighestRisk, risk.LowestRisk, risk.AverageRisk, risk.RecordsAtHighestRisk, risk.RecordsAtRisk);

    internal sealed record Document(
        string Source,
        string ComputedIn,
        long Records,
        IReadOnlyList<string> QuasiIdentifiers,
        long Classes,
        int MinClassSize,
        int MaxClassSize,
        double AverageClassSize,
        IReadOnlyList<ReidJson.HistogramEntry> ClassSizeHistogram,
        double Threshold,
        ReidJson.Attacker Prosecutor,
        ReidJson.Attacker Journalist,
        ReidJson.Marketer Marketer,
        double SampleUniqueness,
        IReadOnlyDictionary<string, long> KAnonymityViolations,
        IReadOnlyList<ReidJson.Attribute>? AttributeRisks,
        ReidJson.Population PopulationUniqueness);
}

/// <summary>The serializer of <see cref="ClassSizeJson"/>'s document, generated at build time (no reflection at run time: see <see cref="ReidJsonContext"/>).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ClassSizeJson.Document))]
internal sealed partial class ClassSizeJsonContext : JsonSerializerContext;
