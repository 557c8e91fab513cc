namespace RiskNotebooks.Guidance;

/// <summary>The most open way a data set may be made available, with its conditions and the rules that decided it.</summary>
public sealed class PermittedOpenness
{
    /// <summary>Creates a permitted openness.</summary>
    /// <param name="level">The level.</param>
    /// <param name="minimumCellSize">The smallest count an open aggregate may show; required for <see cref="Openness.OpenAggregates"/>, else ignored.</param>
    /// <param name="dataUseCodes">GA4GH Data Use Ontology terms (<c>DUO:0000006</c>), the conditions of controlled access.</param>
    /// <param name="reasons">Why.</param>
    /// <exception cref="InvalidOptionException">A DUO code is malformed, or open aggregates lack a positive minimum cell size.</exception>
    public PermittedOpenness(Openness level, int? minimumCellSize, IEnumerable<string> dataUseCodes, IEnumerable<string> reasons)
    {
        Level = Enum.IsDefined(level) ? level : throw new ArgumentOutOfRangeException(nameof(level), level, "Not an openness level.");
        if (level == Openness.OpenAggregates && minimumCellSize is not > 0)
        {
            throw new InvalidOptionException("minimumCellSize", "open aggregates need a positive minimum cell size.");
        }

        MinimumCellSize = level == Openness.OpenAggregates ? minimumCellSize : null;
        DataUseCodes = (dataUseCodes ?? throw new ArgumentNullException(nameof(dataUseCodes))).Distinct(StringComparer.Ordinal).ToArray();
        if (DataUseCodes.FirstOrDefault(c => !IsDuoCode(c)) is { } bad)
        {
            throw new InvalidOptionException("dataUseCodes", $"'{bad}' is not a Data Use Ontology term written DUO:0000000.");
        }

        Reasons = (reasons ?? throw new ArgumentNullException(nameof(reasons))).ToArray();
    }

    /// <summary>The most open level permitted.</summary>
    public Openness Level { get; }

    /// <summary>For open aggregates: the smallest count a cell may show; otherwise <see langword="null"/>.</summary>
    public int? MinimumCellSize { get; }

    /// <summary>GA4GH Data Use Ontology codes, the conditions of use.</summary>
    public IReadOnlyList<string> DataUseCodes { get; }

    /// <summary>The rules that decided the level.</summary>
    public IReadOnlyList<string> Reasons { get; }

    internal static bool IsDuoCode(string code)
        => code.Length == 11 && code.StartsWith("DUO:", StringComparison.Ordinal) && code[4..].All(char.IsAsciiDigit);
}
