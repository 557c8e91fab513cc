using System.Globalization;
using System.Text;
using RiskNotebooks.Genomics;
using static RiskNotebooks.Reporting.Html.HtmlText;

namespace RiskNotebooks.Reporting.Html;

/// <summary>The card of a <see cref="GenotypeRiskReport"/>: aggregates only (no sample names, no genotypes).</summary>
public static class GenotypeCard
{
    /// <summary>Renders the card as HTML.</summary>
    /// <param name="report">The report.</param>
    /// <returns>An HTML fragment.</returns>
    public static string ToHtml(GenotypeRiskReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return CardLines.ToHtml("risknb-genome", $"Genotypes: {report.Source}", Lines(report));
    }

    /// <summary>Renders the card as plain text, one line per figure.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The text.</returns>
    public static string ToText(GenotypeRiskReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return CardLines.ToText("Genotypes: " + report.Source, Lines(report));
    }

    /// <summary>The card's lines: headings, figures (label and value) and notes (label alone).</summary>
    internal static IEnumerable<(bool Heading, string Label, string? Value)> Lines(GenotypeRiskReport report)
    {
        var o = report.Options;
        var target = Percent(o.Target);
        var population = Count(o.Population);
        if (report.SampleCount > 0)
        {
            yield return (true, $"Samples ({Count(report.SampleCount)}) in a population of {population}", null);
            yield return (false, $"unique with probability ≥ {target}", $"{Count(report.SamplesUniqueAtTarget)} of {Count(report.SampleCount)} ({Percent(report.ShareUniqueAtTarget)})");
            yield return (false, "random match probability, median", OneIn(report.MedianLog10MatchProbability!.Value));
            yield return (false, "random match probability, least rare sample", OneIn(report.HighestLog10MatchProbability!.Value));
            yield return (false, "others expected to match, median", Expected(report.MedianExpectedMatches!.Value, report.MedianLog10MatchProbability!.Value + Math.Log10(o.Population - 1)));
            yield return (false, "probability of being unique, lowest", Percent(report.LowestProbabilityUnique!.Value));
        }

        yield return (true, "The panel", null);
        yield return (false, "informative sites used", Count(report.InformativeSites));
        if (report.MeanLog10SiteMatch is { } mean)
        {
            yield return (false, "two random people share a site's genotype", $"{Percent(Math.Pow(10, mean))} (geometric mean)");
            yield return (false, $"sites like the average for uniqueness ≥ {target}", Count(report.TypicalSitesForTarget!.Value));
            yield return (false, $"fewest of these sites for uniqueness ≥ {target}", report.FewestSitesForTarget is { } fewest ? Count(fewest) : $"not reached with all {Count(report.InformativeSites)}");
            yield return (false, "Lin, Owen & Altman 2004: as few as 75 independent SNPs single a person out.", null);
        }

        var s = report.Sites;
        yield return (true, "Sites", null);
        yield return (false, "read", Count(s.Read));
        yield return (false, "used (single-nucleotide, multi-allelic)", $"{Count(s.Used)} ({Count(s.UsedSnv)}, {Count(s.UsedMultiallelic)})");
        foreach (var (count, why) in new[]
        {
            (s.Filtered, "skipped: FILTER not PASS"), (s.NoVariant, "skipped: no ALT allele"), (s.NoGenotypes, "skipped: no GT field"),
            (s.NoCalls, "skipped: no sample called"), (s.NoFrequency, "skipped: no usable allele frequency"), (s.Thinned, $"skipped: within {Count(o.MinDistance)} bp of the last site used"),
            (s.CallsWithoutFrequency, "calls left out: an allele of frequency 0"), (s.PolyploidCalls, "calls left out: more than two alleles"),
        })
        {
            if (count > 0)
            {
                yield return (false, why, Count(count));
            }
        }

        var source = o.Frequencies switch
        {
            AlleleFrequencySource.Cohort => "the cohort's own allele frequencies",
            AlleleFrequencySource.Info => "the INFO AF allele frequencies",
            _ => "allele frequencies from " + Path.GetFileName(o.FrequencyTable),
        };
        yield return (false, $"Assumes Hardy-Weinberg equilibrium and independent sites, with {source}. Sites close together are inherited together: thin them (--min-distance, e.g. 100000) for a figure that does not overstate rarity. Whole genomes and exomes are never anonymous.", null);
    }

    /// <summary>A match probability given as log₁₀, as "1 in …".</summary>
    internal static string OneIn(double log10)
    {
        var inverse = -log10;
        if (inverse < 6)
        {
            return "1 in " + Math.Pow(10, inverse).ToString("N0", CultureInfo.InvariantCulture);
        }

        var exponent = Math.Floor(inverse);
        var mantissa = Math.Pow(10, inverse - exponent);
        return $"1 in {mantissa.ToString("0.0", CultureInfo.InvariantCulture)} × 10^{exponent.ToString("0", CultureInfo.InvariantCulture)}";
    }

    private static string Expected(double value, double log10)
    {
        if (value >= 0.01)
        {
            return value.ToString("N2", CultureInfo.InvariantCulture);
        }

        var exponent = Math.Floor(log10);
        return $"{Math.Pow(10, log10 - exponent).ToString("0.0", CultureInfo.InvariantCulture)} × 10^{exponent.ToString("0", CultureInfo.InvariantCulture)}";
    }
}
