using System.Globalization;
using System.Text;
using RiskNotebooks.ML;
using static RiskNotebooks.Reporting.Html.HtmlText;

namespace RiskNotebooks.Reporting.Html;

/// <summary>
/// The card of an <see cref="AttributeInferenceReport"/>: aggregates only (no record; values of fewer than 5 records
/// are counted, never named).
/// </summary>
public static class InferenceCard
{
    /// <summary>Renders the card as HTML.</summary>
    /// <param name="report">The report.</param>
    /// <returns>An HTML fragment.</returns>
    public static string ToHtml(AttributeInferenceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return CardLines.ToHtml("risknb-infer", $"Attribute inference: {report.Source}", Lines(report));
    }

    /// <summary>Renders the card as plain text, one line per figure.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The text.</returns>
    public static string ToText(AttributeInferenceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return CardLines.ToText("Attribute inference: " + report.Source, Lines(report));
    }

    /// <summary>The card's lines: headings, figures (label and value) and notes (label alone).</summary>
    internal static IEnumerable<(bool Heading, string Label, string? Value)> Lines(AttributeInferenceReport report)
    {
        var o = report.Options;
        var level = Percent(o.ConfidenceLevel);
        yield return (false, "records", Count(report.RecordCount));
        yield return (false, "quasi-identifiers (what the attacker knows)", string.Join(", ", report.QuasiIdentifiersUsed));
        yield return (false, "attack", $"{o.Trainer}, {o.Folds}-fold cross-validation, seed {o.Seed.ToString(CultureInfo.InvariantCulture)}");
        foreach (var a in report.Attributes)
        {
            yield return (true, $"{a.Name} ({(a.Kind == SensitiveAttributeKind.Numeric ? "numeric" : $"{Count(a.DistinctValues)} values")})", null);
            yield return (false, "inference advantage", $"{Number(a.Advantage, "0.000")} ({level} interval {Number(a.AdvantageInterval.Low, "0.000")} to {Number(a.AdvantageInterval.High, "0.000")})");
            if (a.Kind == SensitiveAttributeKind.Categorical)
            {
                yield return (false, "accuracy of the attack", Percent(a.Success));
                yield return (false, "accuracy of guessing the most common value", Percent(a.Baseline));
                var rare = a.ClassRecalls.Where(c => c.Records < 0.1 * a.Records).OrderBy(c => c.Records).Take(5).ToList();
                foreach (var c in rare)
                {
                    yield return (false, $"rare value {c.Value} ({Count(c.Records)} records): recovered", $"{Percent(c.Recall)} (precision {Percent(c.Precision)})");
                }

                if (a.SmallClassCount > 0)
                {
                    yield return (false, $"{Count(a.SmallClassCount)} value{(a.SmallClassCount == 1 ? string.Empty : "s")} with < 5 records ({Count(a.SmallClassRecords)} records): not named.", null);
                }
            }
            else
            {
                yield return (false, "R² of the attack", Number(a.RSquared!.Value, "0.000") + (a.RSquaredInterval is { } ri ? $" ({Number(ri.Low, "0.000")} to {Number(ri.High, "0.000")})" : string.Empty));
                yield return (false, $"predicted within ±{Number(a.Tolerance!.Value, "0.###")}", Percent(a.Success));
                yield return (false, "the mean guessed within the same tolerance", Percent(a.Baseline));
            }

            var top = a.Contributions.OrderByDescending(c => c.Drop).First();
            yield return (false, "quasi-identifier it leans on most", $"{top.QuasiIdentifier} (−{Number(Math.Max(0, top.Drop), "0.000")} when shuffled)");
            if (a.MissingRecords > 0)
            {
                yield return (false, "records without a value (left out)", Count(a.MissingRecords));
            }
        }

        foreach (var warning in report.Warnings)
        {
            yield return (false, "⚠ " + warning, null);
        }

        yield return (false, "Advantage = (accuracy − baseline) / (1 − baseline): 0 when the quasi-identifiers teach nothing beyond the attribute's distribution, 1 when they determine it. k-anonymity does not bound it: a class where everyone shares a value discloses it. The interval is Wilson's for the accuracy, with the baseline held fixed.", null);
    }

    /// <summary>Renders the card of an attack from a released table as HTML.</summary>
    /// <param name="report">The report.</param>
    /// <returns>An HTML fragment.</returns>
    public static string ToHtml(ReleaseInferenceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var b = new StringBuilder();
        b.Append("<div class=\"risknb-card risknb-infer\" style=\"font-family:system-ui,sans-serif;border:1px solid #ccd;border-radius:8px;padding:10px 14px;max-width:900px\">");
        b.Append($"<h3>Attribute inference from a release: {Encode(report.Released)}</h3>");
        foreach (var line in Lines(report))
        {
            b.Append(line.Heading ? $"<h4 style=\"margin:8px 0 2px 0\">{Encode(line.Label)}</h4>" : line.Value is null ? $"<p class=\"note\">{Encode(line.Label)}</p>" : $"<div><span style=\"display:inline-block;min-width:400px\">{Encode(line.Label)}</span> <b>{Encode(line.Value)}</b></div>");
        }

        b.Append("</div>");
        return b.ToString();
    }

    /// <summary>Renders the card of an attack from a released table as plain text.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The text.</returns>
    public static string ToText(ReleaseInferenceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var b = new StringBuilder();
        b.Append("Attribute inference from a release: ").Append(report.Released).Append('\n');
        foreach (var line in Lines(report))
        {
            b.Append(line.Heading ? $"\n{line.Label}\n" : line.Value is null ? $"  {line.Label}\n" : $"  {line.Label,-50} {line.Value}\n");
        }

        return b.ToString();
    }

    private static IEnumerable<(bool Heading, string Label, string? Value)> Lines(ReleaseInferenceReport report)
    {
        var level = Percent(report.Options.ConfidenceLevel);
        yield return (false, "trained on (the release)", report.Released);
        yield return (false, "scored on (original records / control kept out)", $"{report.Original} / {report.Control}");
        yield return (false, "quasi-identifiers (what the attacker knows)", string.Join(", ", report.QuasiIdentifiersUsed));
        foreach (var a in report.Attributes)
        {
            yield return (true, a.Name, null);
            yield return (false, "risk: (attack − control) / (1 − control)", $"{Number(a.Risk, "0.000")} ({level} interval {Number(a.RiskInterval.Low, "0.000")} to {Number(a.RiskInterval.High, "0.000")})");
            var what = a.Tolerance is { } t ? $", share predicted within ±{Number(t, "0.###")}" : string.Empty;
            yield return (false, $"attack on original records ({Count(a.OriginalRecords)}{what})", Percent(a.Attack));
            yield return (false, $"attack on the control ({Count(a.ControlRecords)})", Percent(a.Control));
        }

        var linkage = report.Linkage;
        yield return (true, "Nearest-neighbour linkage (Gower distance on the quasi-identifiers)", null);
        yield return (false, "records attacked (original / control, sampled)", $"{Count(linkage.SinglingOut.AttackRecords)} / {Count(linkage.SinglingOut.ControlRecords)}");
        yield return (false, "median distance to the nearest released record (original / control)", $"{Number(linkage.MedianDistanceAttack, "0.000")} / {Number(linkage.MedianDistanceControl, "0.000")}");
        foreach (var measure in linkage.Attributes.Prepend(linkage.SinglingOut))
        {
            var label = measure == linkage.SinglingOut
                ? (linkage.MatchDistance == 0 ? "singled out (one released record with the same values)" : $"singled out (one released record within distance {Number(linkage.MatchDistance, "0.###")})")
                : $"{measure.What} taken from the nearest records";
            yield return (false, label, $"{Percent(measure.Attack)} vs control {Percent(measure.Control)}: risk {Number(measure.Risk, "0.000")} ({level} interval {Number(measure.RiskLow, "0.000")} to {Number(measure.RiskHigh, "0.000")})");
        }

        foreach (var warning in report.Warnings)
        {
            yield return (false, "⚠ " + warning, null);
        }

        yield return (false, "The control is what the release reveals about anyone (a population statistic); only the excess over it is counted. Interval: Newcombe's for the difference of two proportions, divided by 1 − control.", null);
    }
}
