namespace RiskNotebooks.Registry.Suda;

/// <summary>How <see cref="SudaAnalysis"/> scores records: sdcMicro's <c>suda2</c> arguments, validated.</summary>
/// <remarks>The defaults reproduce <c>suda2(data, variables = keys)</c> of sdcMicro.</remarks>
public sealed record SudaOptions
{
    private readonly double disFraction = 0.01d;
    private readonly int? maxMsuSize;

    /// <summary>The default options: DIS fraction 0.01, MSUs of every size, Elliot et al.'s score weights.</summary>
    public static SudaOptions Default { get; } = new();

    /// <summary>
    /// The sampling fraction used by DIS-SUDA (sdcMicro's <c>DisFraction</c>): the share of the population the data are
    /// a simple random sample of. Default 0.01. Must lie in (0, 1]; 1 means the data are the whole population.
    /// </summary>
    public double DisFraction
    {
        get => disFraction;
        init
        {
            if (double.IsNaN(value) || value <= 0d || value > 1d)
            {
                throw new InvalidOptionException(nameof(DisFraction), "must be a sampling fraction in (0, 1].");
            }

            disFraction = value;
        }
    }

    /// <summary>
    /// The largest MSU size searched; <see langword="null"/> (the default, and the only behaviour of sdcMicro) searches
    /// up to the number of keys. A smaller value drops the contributions of larger MSUs from the scores, leaves the
    /// weights of the others unchanged, and makes the search cheaper. At least 1; values above the number of keys mean
    /// all keys.
    /// </summary>
    /// <remarks>sdcMicro's C++ code takes such a limit (<c>MaxK</c>) but overwrites it with the number of keys.</remarks>
    public int? MaxMsuSize
    {
        get => maxMsuSize;
        init
        {
            if (value is < 1)
            {
                throw new InvalidOptionException(nameof(MaxMsuSize), "must be at least 1.");
            }

            maxMsuSize = value;
        }
    }

    /// <summary>
    /// Which weights turn MSUs into a score (sdcMicro's <c>original_scores</c>). <see langword="true"/> (the default):
    /// Elliot et al.'s weight (M − k)! for an MSU of size k among M keys. <see langword="false"/>: the weights of the
    /// IHSN implementation that sdcMicro used up to version 5.0.2, (2^(M − k) − 1) / C(M, k).
    /// </summary>
    public bool OriginalScores { get; init; } = true;
}
