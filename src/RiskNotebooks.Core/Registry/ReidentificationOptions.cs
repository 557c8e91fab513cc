using RiskNotebooks.Data;
using RiskNotebooks.Registry.Diversity;
using RiskNotebooks.Registry.Suda;

namespace RiskNotebooks.Registry;

/// <summary>What <see cref="ReidentificationAnalysis"/> measures: the quasi-identifiers, the threshold, the population.</summary>
public sealed record ReidentificationOptions
{
    private readonly double threshold = 0.2d;
    private readonly IReadOnlyList<string> quasiIdentifiers = [];

    /// <summary>The quasi-identifier columns; at least one.</summary>
    public required IReadOnlyList<string> QuasiIdentifiers
    {
        get => quasiIdentifiers;
        init => quasiIdentifiers = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>
    /// The risk threshold for "records at risk" (strictly greater); default 0.2, i.e. classes smaller than 5.
    /// 0.09 (k = 11) and 0.05 (k = 20) are common for public release of health data.
    /// </summary>
    public double Threshold
    {
        get => threshold;
        init
        {
            if (double.IsNaN(value) || value < 0d || value > 1d)
            {
                throw new InvalidOptionException(nameof(Threshold), "must be a number in [0, 1].");
            }

            threshold = value;
        }
    }

    /// <summary>
    /// The population model for population uniqueness. When <see langword="null"/>: the population table's size if one is
    /// given, else <see cref="PopulationModel.Default"/> (reported as assumed).
    /// </summary>
    public PopulationModel? Population { get; init; }

    /// <summary>
    /// A table of the population the sample was drawn from, with the same quasi-identifier columns: gives F_c for the
    /// journalist and marketer models. Every sample record must occur in it.
    /// </summary>
    public Table? PopulationTable { get; init; }

    /// <summary>The sampling weight column for sdcMicro's individual risk (Fk = Σ weights), or <see langword="null"/>.</summary>
    public string? WeightColumn { get; init; }

    /// <summary>The household id column for household risk, or <see langword="null"/>.</summary>
    public string? HouseholdColumn { get; init; }

    /// <summary>α, sdcMicro's weight of compatible key patterns with missing values (default 1).</summary>
    public double MissingWeight { get; init; } = 1d;

    /// <summary>Whether to analyse every subset of the quasi-identifiers (distinction, separation, sample uniques).</summary>
    public bool AnalyzeSubsets { get; init; }

    /// <summary>The largest subset size for <see cref="AnalyzeSubsets"/>, or <see langword="null"/> for all.</summary>
    public int? MaxSubsetSize { get; init; }

    /// <summary>Sensitive attributes for l-diversity and t-closeness (none by default).</summary>
    public IReadOnlyList<string> SensitiveAttributes { get; init; } = [];

    /// <summary>How l-diversity and t-closeness are measured; <see cref="DiversityOptions.Default"/> when <see langword="null"/>.</summary>
    public DiversityOptions? Diversity { get; init; }

    /// <summary>SUDA options; when not <see langword="null"/>, SUDA scores are computed (sdcMicro's <c>suda2</c>).</summary>
    public SudaOptions? Suda { get; init; }
}
