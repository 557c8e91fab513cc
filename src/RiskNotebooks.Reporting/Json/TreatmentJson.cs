using System.Text.Json;
using System.Text.Json.Serialization;
using RiskNotebooks.Commands;
using RiskNotebooks.Registry;
using RiskNotebooks.Treatment;

namespace RiskNotebooks.Reporting.Json;

/// <summary>The JSON form of a <see cref="TreatmentReport"/>: the chosen transformation, its loss in every metric, risks before and after; aggregates only.</summary>
public static class TreatmentJson
{
    /// <summary>Writes the JSON, indented, followed by a line break.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(TreatmentReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(JsonSerializer.Serialize(From(report), TreatmentJsonContext.Default.Document));
    }

    internal static Document From(TreatmentReport r)
    {
        var s = r.Settings;
        var metrics = Enum.GetValues<InformationLossMetric>();
        Loss? loss = r.Loss is { } l
            ? new Loss(
                metrics.ToDictionary(AnonymizeRequest.MetricName, m => l.Overall(m)),
                s.QuasiIdentifiers.Select((q, i) => new AttributeLoss(q, l.PerAttribute(InformationLossMetric.Loss)[i], l.PerAttribute(InformationLossMetric.Precision)[i], l.PerAttribute(InformationLossMetric.NonUniformEntropy)[i])).ToArray())
            : null;
        return new Document(
            r.Source,
            r.Before.Classes.RecordCount,
            s.QuasiIdentifiers.Select(q => new QuasiIdentifier(q, s.Hierarchies[q].Height)).ToArray(),
            s.Targets.Select(t => t.Text).ToArray(),
            s.SuppressionLimit,
            AnonymizeRequest.MetricName(s.Metric),
            r.Search is { } search ? new Search(search.Evaluated.Count, search.NodeCount, search.Evaluated.Count(e => e.MeetsTargets), search.TiedWithOptimum, "exact: a node is skipped only when its score with nothing suppressed (a lower bound) exceeds the optimum's; ties broken as ARX 3.9.2 breaks them: lower sum of levels, then lower mean relative level, then higher mean share of distinct values kept, then node number (last quasi-identifier most significant)") : null,
            r.Chosen is { } c ? new Chosen(c.Transformation.QuasiIdentifiers.Zip(c.Transformation.Levels).ToDictionary(p => p.First, p => p.Second), c.Transformation.ToString(), c.MeetsTargets, c.SuppressedRecords, c.ClassCount, c.Score(s.Metric)) : null,
            loss,
            Risks(r.Before),
            r.After is { } a ? Risks(a) : null,
            r.Release is { } rel ? new Released(rel.FileName, rel.Records, rel.SuppressedRecords, rel.Columns, rel.RemovedColumns, rel.PseudonymizedColumns) : null,
            r.PlainHashes.Select(h => new PlainHash(h.Column, h.Algorithm)).ToArray(),
            r.LocalSuppression is { } ls
                ? new Local(ls.K, ls.SuppressionOrder, ls.Strata, ls.Keys.Zip(ls.NewSuppressions).ToDictionary(p => p.First, p => p.Second), ls.TotalNewSuppressions, ls.RecordsChanged, ls.Passes, r.After is { } after ? after.IndividualRisk.Frequencies.SmallestFk : null)
                : null);
    }

    private static RiskSummary Risks(ReidentificationReport r) => new(
        r.Classes.ClassCount,
        r.Classes.Histogram.MinClassSize,
        r.SampleUniqueness,
        r.Prosecutor.HighestRisk,
        r.Prosecutor.AverageRisk,
        r.Threshold,
        r.Prosecutor.RecordsAtRisk,
        r.Marketer.AverageRisk);

    internal sealed record Document(string Source, int Records, IReadOnlyList<QuasiIdentifier> QuasiIdentifiers, IReadOnlyList<string> Targets, double SuppressionLimit, string Metric, Search? Search, Chosen? Transformation, Loss? InformationLoss, RiskSummary Before, RiskSummary? After, Released? Release, IReadOnlyList<PlainHash> PlainHashes, Local? LocalSuppression);

    /// <summary>Local suppression: sdcMicro's k, the order, cells set to missing per quasi-identifier, and the smallest fk after (missing keys match any value).</summary>
    internal sealed record Local(int K, IReadOnlyList<string> SuppressionOrder, string? Strata, IReadOnlyDictionary<string, int> SuppressedCells, int TotalSuppressedCells, int RecordsChanged, int Passes, double? SmallestFkAfter);

    internal sealed record QuasiIdentifier(string Name, int Levels);

    internal sealed record Search(int Evaluated, long Nodes, int MeetingTargets, long TiedWithOptimum, string Method);

    internal sealed record Chosen(IReadOnlyDictionary<string, int> Levels, string Text, bool MeetsTargets, long SuppressedRecords, long Classes, double Score);

    internal sealed record Loss(IReadOnlyDictionary<string, double> Overall, IReadOnlyList<AttributeLoss> PerAttribute);

    internal sealed record AttributeLoss(string Name, double Loss, double Precision, double NonUniformEntropy);

    internal sealed record RiskSummary(int Classes, int SmallestClass, double SampleUniqueness, double HighestProsecutorRisk, double AverageProsecutorRisk, double Threshold, double RecordsAtRisk, double MarketerRisk);

    internal sealed record Released(string File, long Records, long SuppressedRecords, IReadOnlyList<string> Columns, IReadOnlyList<string> RemovedColumns, IReadOnlyList<string> PseudonymizedColumns);

    internal sealed record PlainHash(string Column, string Algorithm);
}

/// <summary>The serializer of <see cref="TreatmentJson"/>'s document, generated at build time (no reflection at run time: see <see cref="ReidJsonContext"/>).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(TreatmentJson.Document))]
internal sealed partial class TreatmentJsonContext : JsonSerializerContext;
