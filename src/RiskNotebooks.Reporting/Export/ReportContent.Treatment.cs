using RiskNotebooks.Commands;
using RiskNotebooks.Data;
using RiskNotebooks.Treatment;
using static RiskNotebooks.Reporting.Export.ReportBuilder;

namespace RiskNotebooks.Reporting.Export;

/// <summary>The report document of a risk treatment.</summary>
internal static partial class ReportContent
{
    internal static ReportDocument For(TreatmentReport r, MinimumCellSize minimum)
    {
        var s = r.Settings;
        var b = new ReportBuilder(r.Search is null ? "What if: the table generalised" : "Treat the risk: the least-loss release", "treatment", r.Source, minimum);
        b.H1(Description);
        b.Paragraph($"A table ({b.Source}) generalised along hierarchies (one level per quasi-identifier for every record), with the records of classes that break the target suppressed, and measured again.");
        b.Figures(
        [
            ("input", b.Source),
            ("records", b.People(r.Before.Classes.RecordCount)),
            ("quasi-identifiers (levels)", string.Join(", ", s.QuasiIdentifiers.Select(q => $"{q} (0–{s.Hierarchies[q].Height - 1})"))),
            ("targets", string.Join("; ", s.Targets.Select(t => t.Description))),
            ("suppression limit", Percent(s.SuppressionLimit)),
        ]);
        b.H1(Risks);
        var after = r.After;
        List<IReadOnlyList<ReportCell>> rows =
        [
            ["highest prosecutor risk", new ReportCell(Number(r.Before.Prosecutor.HighestRisk, "0.####"), ShareShade(r.Before.Prosecutor.HighestRisk)), after is null ? "–" : new ReportCell(Number(after.Prosecutor.HighestRisk, "0.####"), ShareShade(after.Prosecutor.HighestRisk))],
            ["average prosecutor risk", Number(r.Before.Prosecutor.AverageRisk, "0.####"), after is null ? "–" : Number(after.Prosecutor.AverageRisk, "0.####")],
            [$"records at risk (risk > {Number(r.Before.Threshold)})", Percent(r.Before.Prosecutor.RecordsAtRisk), after is null ? "–" : Percent(after.Prosecutor.RecordsAtRisk)],
            ["sample uniques (share of records)", Percent(r.Before.SampleUniqueness), after is null ? "–" : Percent(after.SampleUniqueness)],
            ["smallest class", b.People(r.Before.Classes.Histogram.MinClassSize), after is null ? "–" : b.People(after.Classes.Histogram.MinClassSize)],
        ];
        b.Table(["measure", "before", "after"], rows, "Registry measures on the quasi-identifiers, before and after the treatment (suppressed records form one class of *).");
        b.H1(Measures);
        if (r.Chosen is not { } chosen)
        {
            b.Paragraph("No transformation meets the targets within the suppression limit, not even generalising every quasi-identifier to its top: allow more suppression or relax the target.");
        }
        else
        {
            b.Figures(
            [
                ("levels", chosen.Transformation.ToString()),
                ("meets the targets", chosen.MeetsTargets ? "yes" : "no"),
                ("records suppressed", $"{b.People(chosen.SuppressedRecords)} ({(minimum.Suppresses(chosen.SuppressedRecords) ? minimum.SuppressedText : Percent(chosen.SuppressedShare))})"),
                ("transformations evaluated", r.Search is { } search ? $"{Count(search.Evaluated.Count)} of {Count(search.NodeCount)}" : "1 (levels given)"),
            ]);
            if (r.Loss is { } loss)
            {
                b.Table(
                    ["quasi-identifier", "level", "loss", "precision", "non-uniform entropy"],
                    s.QuasiIdentifiers.Select((q, i) => (IReadOnlyList<ReportCell>)[q, Count(chosen.Transformation.Levels[i]), new ReportCell(Number(loss.PerAttribute(InformationLossMetric.Loss)[i], "0.000"), ShareShade(loss.PerAttribute(InformationLossMetric.Loss)[i])), Number(loss.PerAttribute(InformationLossMetric.Precision)[i], "0.000"), Number(loss.PerAttribute(InformationLossMetric.NonUniformEntropy)[i], "N0")]),
                    "Information lost per quasi-identifier (ARX's definitions; 0 is nothing lost, 1 everything for loss and precision).");
                b.Figures(Enum.GetValues<InformationLossMetric>().Select(m => (AnonymizeRequest.MetricName(m) + (m == s.Metric && r.Search is not null ? " (minimised)" : ""), Number(loss.Overall(m), "0.####"))), "Information loss of the whole table in every metric.");
            }

            if (r.LocalSuppression is { } local)
            {
                b.Table(
                    ["quasi-identifier", "cells set to missing"],
                    local.Keys.Select((q, i) => (IReadOnlyList<ReportCell>)[q, b.People(local.NewSuppressions[i])]),
                    $"Local suppression to k = {local.K} in sdcMicro's manner (single cells set to missing; a missing value matches any value); suppressed first: {string.Join(", ", local.SuppressionOrder)}; records changed: {b.People(local.RecordsChanged)}.");
            }

            if (r.Search is not null)
            {
                b.Chart("Every transformation: risk against information loss");
            }
        }

        foreach (var (column, algorithm) in r.PlainHashes)
        {
            b.Note($"'{column}' looks like plain {algorithm} hashes: reversible by enumerating the identifier space. Replace with keyed pseudonyms or remove.");
        }

        b.H1(Residual);
        b.Paragraph(after is not null
            ? $"After the treatment the highest prosecutor risk is {Number(after.Prosecutor.HighestRisk, "0.####")} and the average {Number(after.Prosecutor.AverageRisk, "0.####")}; the likelihood of re-identification in an assessment can be taken from these, with the harm unchanged."
            : "No release was made.");
        b.About(hasCharts: r.Search is not null);
        return b.Build();
    }
}
