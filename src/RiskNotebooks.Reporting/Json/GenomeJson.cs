using System.Text.Json;
using System.Text.Json.Serialization;
using RiskNotebooks.Genomics;

namespace RiskNotebooks.Reporting.Json;

/// <summary>The JSON form of a <see cref="GenotypeRiskReport"/>: aggregates only (no sample names), camelCase.</summary>
public static class GenomeJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>Writes the JSON of a genotype report, indented, followed by a line break.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(GenotypeRiskReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(JsonSerializer.Serialize(From(report), Options));
    }

    internal static Document From(GenotypeRiskReport r) => new(
        r.Source,
        r.Version,
        new Parameters(r.Options.Population, r.Options.MinDistance, r.Options.Frequencies, r.Options.FrequencyTable is { } t ? Path.GetFileName(t) : null, r.Options.Target, r.Options.IncludeFiltered),
        r.Sites,
        new Panel(r.InformativeSites, r.MeanLog10SiteMatch, r.TypicalSitesForTarget, r.FewestSitesForTarget, r.Log10Threshold),
        r.SampleCount == 0 ? null : new Samples(r.SampleCount, r.SamplesUniqueAtTarget, r.ShareUniqueAtTarget, r.MedianLog10MatchProbability, r.HighestLog10MatchProbability, r.MedianExpectedMatches, r.LowestProbabilityUnique),
        "Hardy-Weinberg equilibrium and independent sites (product rule); thin linked sites with minDistance.");

    internal sealed record Document(string Source, string? Version, Parameters Parameters, GenotypeSiteCounts Sites, Panel Panel, Samples? Samples, string Assumptions);

    internal sealed record Parameters(long Population, long MinDistance, AlleleFrequencySource Frequencies, string? FrequencyTable, double Target, bool IncludeFiltered);

    internal sealed record Panel(int InformativeSites, double? MeanLog10SiteMatch, long? TypicalSitesForTarget, int? FewestSitesForTarget, double Log10Threshold);

    internal sealed record Samples(int Count, int UniqueAtTarget, double ShareUniqueAtTarget, double? MedianLog10MatchProbability, double? HighestLog10MatchProbability, double? MedianExpectedMatches, double? LowestProbabilityUnique);
}
