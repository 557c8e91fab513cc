using RiskNotebooks.Commands;
using RiskNotebooks.Registry;
using RiskNotebooks.Treatment;
using static RiskNotebooks.Reporting.Html.HtmlText;

namespace RiskNotebooks.Reporting.Html;

/// <summary>
/// The card of a <see cref="TreatmentReport"/>: the transformation chosen, its information loss, and the registry measures
/// before and after side by side. Aggregates only; hierarchy labels are never shown.
/// </summary>
public static class TreatmentCard
{
    /// <summary>Renders the card as HTML.</summary>
    /// <param name="report">The report.</param>
    /// <returns>An HTML fragment.</returns>
    public static string ToHtml(TreatmentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return CardLines.ToHtml("risknb-treatment", Title(report), Lines(report));
    }

    /// <summary>Renders the card as plain text, one line per figure.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The text.</returns>
    public static string ToText(TreatmentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return CardLines.ToText(Title(report), Lines(report));
    }

    private static string Title(TreatmentReport report) => (report.Search is null ? "What if: " : "Treat the risk: ") + report.Source;

    /// <summary>The card's lines.</summary>
    internal static IEnumerable<(bool Heading, string Label, string? Value)> Lines(TreatmentReport report)
    {
        var s = report.Settings;
        var metric = s.Metric;
        yield return (false, "records", Count(report.Before.Classes.RecordCount));
        yield return (false, "quasi-identifiers (levels in their hierarchy)", string.Join(", ", s.QuasiIdentifiers.Select(q => $"{q} (0–{s.Hierarchies[q].Height - 1})")));
        yield return (false, "targets", string.Join("; ", s.Targets.Select(t => t.Description)));
        if (report.Search is { } search)
        {
            yield return (false, "suppression limit", Percent(s.SuppressionLimit));
            yield return (false, "information loss minimised", AnonymizeRequest.MetricName(metric));
            var scope = s.MaximumLevels is { Count: > 0 } ? "up to --max-levels" : "in the lattice";
            yield return (false, "transformations evaluated", search.Evaluated.Count == search.NodeCount
                ? $"{Count(search.Evaluated.Count)} (every one {scope})"
                : $"{Count(search.Evaluated.Count)} of {Count(search.NodeCount)} {scope} (each of the others loses more than the optimum even with nothing suppressed)");
            yield return (false, "of which meet the targets", Count(search.Evaluated.Count(e => e.MeetsTargets)));
        }

        if (report.Chosen is not { } chosen)
        {
            yield return (false, "⚠ No transformation meets the targets within the suppression limit, not even generalising everything: allow more suppression, or relax the target.", null);
            yield break;
        }

        yield return (true, report.Search is null ? "Transformation applied" : "The least-loss transformation that meets the targets", null);
        yield return (false, "levels", chosen.Transformation.ToString());
        if (report.Search is not null || s.SuppressionLimit < 1)
        {
            // With levels given and any suppression allowed (what-if) the target is met by construction: say what it cost instead.
            yield return (false, "meets the targets", chosen.MeetsTargets ? "yes" : "no");
        }
        var minimum = RiskNotebooks.Data.MinimumCellSize.Default;
        yield return (false, "records suppressed", minimum.Suppresses(chosen.SuppressedRecords) ? minimum.SuppressedText : $"{Count(chosen.SuppressedRecords)} ({Percent(chosen.SuppressedShare)})");
        if (report.Search is { TiedWithOptimum: > 0 } tied)
        {
            yield return (false, "other transformations with the same score", $"{Count(tied.TiedWithOptimum)} (broken as ARX breaks them: fewer levels, then lower relative levels, then more distinct values kept)");
        }

        if (report.Loss is { } loss)
        {
            yield return (true, "Information loss (lower is better)", null);
            foreach (var m in Enum.GetValues<InformationLossMetric>())
            {
                yield return (false, AnonymizeRequest.MetricName(m) + (m == metric && report.Search is not null ? " (minimised)" : ""), Number(loss.Overall(m), m is InformationLossMetric.Discernibility or InformationLossMetric.NonUniformEntropy ? "N0" : "0.0000"));
            }

            var per = loss.PerAttribute(InformationLossMetric.Loss);
            yield return (false, "loss per quasi-identifier", string.Join(", ", s.QuasiIdentifiers.Select((q, i) => $"{q} {Number(per[i], "0.00")}")));
        }

        if (report.LocalSuppression is { } local)
        {
            var least = RiskNotebooks.Data.MinimumCellSize.Default;
            yield return (true, $"Local suppression to k = {local.K} (sdcMicro's method)", null);
            yield return (false, "suppression order (first suppressed first)", string.Join(", ", local.SuppressionOrder));
            if (local.Strata is { } strata)
            {
                yield return (false, "within each value of", strata);
            }

            yield return (false, "cells set to missing", least.Format(local.TotalNewSuppressions) + " (" + string.Join(", ", local.Keys.Select((q, i) => $"{q} {least.Format(local.NewSuppressions[i])}")) + ")");
            yield return (false, "records with a cell set to missing", least.Format(local.RecordsChanged));
            if (report.After is { } measured)
            {
                yield return (false, "smallest fk after (a missing value matches any value)", Number(measured.IndividualRisk.Frequencies.SmallestFk, "0.##"));
            }
        }

        if (report.After is { } after)
        {
            yield return (true, report.LocalSuppression is null ? "Before → after (suppressed records count as one class of *)" : "Before → after (suppressed records count as one class of *; a cell set to missing counts as a value of its own here)", null);
            foreach (var (label, before, afterValue) in Compare(report.Before, after))
            {
                yield return (false, label, $"{before} → {afterValue}");
            }
        }

        if (report.Release is { } release)
        {
            yield return (true, "Released table", null);
            yield return (false, "written to", release.FileName);
            yield return (false, "columns", Count(release.Columns.Count));
            if (release.RemovedColumns.Count > 0)
            {
                yield return (false, "removed (direct identifiers)", string.Join(", ", release.RemovedColumns));
            }

            if (release.PseudonymizedColumns.Count > 0)
            {
                yield return (false, "keyed pseudonyms (HMAC-SHA256)", string.Join(", ", release.PseudonymizedColumns));
            }
        }

        foreach (var (column, algorithm) in report.PlainHashes)
        {
            yield return (false, $"⚠ '{column}' looks like plain {algorithm} hashes: a hash of a personnummer or another small identifier space is reversed by hashing every valid value, in minutes. Replace it with keyed pseudonyms (--pseudonymize {column} --key-file K) from the original identifiers, or remove it.", null);
        }

        yield return (false, "Generalisation is full-domain (one level per quasi-identifier for every record); records of classes that break a class-level target are suppressed (their quasi-identifiers set to *). The search skips only transformations that lose more than the optimum even with nothing suppressed, so the optimum is exact.", null);
    }

    private static IEnumerable<(string Label, string Before, string After)> Compare(ReidentificationReport before, ReidentificationReport after)
    {
        yield return ("equivalence classes", Count(before.Classes.ClassCount), Count(after.Classes.ClassCount));
        // Counts of people below the minimum cell size are not shown, as in every report.
        var minimum = RiskNotebooks.Data.MinimumCellSize.Default;
        yield return ("smallest class", minimum.Format(before.Classes.Histogram.MinClassSize), minimum.Format(after.Classes.Histogram.MinClassSize));
        yield return ("sample uniques (share of records)", Percent(before.SampleUniqueness), Percent(after.SampleUniqueness));
        yield return ("highest prosecutor risk", Number(before.Prosecutor.HighestRisk, "0.####"), Number(after.Prosecutor.HighestRisk, "0.####"));
        yield return ("average prosecutor risk", Number(before.Prosecutor.AverageRisk, "0.####"), Number(after.Prosecutor.AverageRisk, "0.####"));
        yield return ($"records at risk (risk > {Number(before.Threshold, "0.##")})", Percent(before.Prosecutor.RecordsAtRisk), Percent(after.Prosecutor.RecordsAtRisk));
        if (before.Diversity is { } d0 && after.Diversity is { } d1)
        {
            foreach (var a0 in d0.Attributes)
            {
                var a1 = d1[a0.Name];
                yield return ($"{a0.Name}: smallest distinct l", Number(a0.Distinct.Minimum), Number(a1.Distinct.Minimum));
                yield return ($"{a0.Name}: smallest entropy l", Number(a0.Entropy.Minimum, "0.00"), Number(a1.Entropy.Minimum, "0.00"));
                yield return ($"{a0.Name}: largest t-closeness distance", Number(a0.TCloseness.Maximum, "0.000"), Number(a1.TCloseness.Maximum, "0.000"));
            }
        }

        var fkBefore = before.IndividualRisk.Frequencies.SmallestFk;
        var fkAfter = after.IndividualRisk.Frequencies.SmallestFk;
        yield return ("smallest fk (sdcMicro: a missing value matches any value)", Number(fkBefore, "0.##"), Number(fkAfter, "0.##"));
        yield return ("marketer risk (expected share re-identified)", Number(before.Marketer.AverageRisk, "0.####"), Number(after.Marketer.AverageRisk, "0.####"));
    }
}
