namespace RiskNotebooks.Registry;

/// <summary>The population a sample was drawn from: a size N, or a sampling fraction f (then N = round(n / f), as in ARX).</summary>
public sealed class PopulationModel
{
    private PopulationModel(long? size, double? fraction, bool isDefault)
    {
        Size = size;
        SamplingFraction = fraction;
        IsDefault = isDefault;
    }

    /// <summary>ARX's default when nothing is known: a sampling fraction of 1%.</summary>
    public static PopulationModel Default { get; } = new(null, 0.01d, true);

    /// <summary>The population size, when given.</summary>
    public long? Size { get; }

    /// <summary>The sampling fraction, when given.</summary>
    public double? SamplingFraction { get; }

    /// <summary>Whether this is <see cref="Default"/>, an assumption rather than a fact about the data.</summary>
    public bool IsDefault { get; }

    /// <summary>A population of known size.</summary>
    /// <param name="size">N, at least the sample size.</param>
    /// <returns>The model.</returns>
    public static PopulationModel OfSize(long size) => new(Preconditions.CheckPositive(size), null, false);

    /// <summary>A sample drawn with a known fraction.</summary>
    /// <param name="fraction">f in (0, 1].</param>
    /// <returns>The model.</returns>
    public static PopulationModel OfSamplingFraction(double fraction) => new(null, Preconditions.CheckFraction(fraction), false);

    /// <summary>
    /// The model a user asked for with <c>--population N</c> or <c>--sampling-fraction f</c> (at most one), or
    /// <see langword="null"/> when neither was given.
    /// </summary>
    /// <param name="size">N, or <see langword="null"/>.</param>
    /// <param name="fraction">f, or <see langword="null"/>.</param>
    /// <returns>The model.</returns>
    /// <exception cref="InvalidOptionException">Both were given, or a value is out of range.</exception>
    public static PopulationModel? FromOptions(long? size, double? fraction)
    {
        if (size is not null && fraction is not null)
        {
            throw new InvalidOptionException("Population", "give either Population or SamplingFraction, not both.", "Population", "SamplingFraction");
        }

        if (size is { } n)
        {
            return n > 0 ? OfSize(n) : throw new InvalidOptionException("Population", "must be a positive whole number.");
        }

        if (fraction is { } f)
        {
            return f is > 0d and <= 1d ? OfSamplingFraction(f) : throw new InvalidOptionException(nameof(SamplingFraction), "must be a number in (0, 1].");
        }

        return null;
    }

    /// <summary>N for a sample of n records.</summary>
    /// <param name="sampleSize">n.</param>
    /// <returns>N.</returns>
    /// <exception cref="InvalidOptionException">The population is smaller than the sample.</exception>
    public long PopulationSizeFor(long sampleSize)
    {
        var size = Size ?? (long)Math.Round(sampleSize / SamplingFraction!.Value, MidpointRounding.AwayFromZero);
        if (size < sampleSize)
        {
            throw new InvalidOptionException("Population", $"the population ({size}) is smaller than the sample ({sampleSize} records).");
        }

        return Math.Max(size, 1);
    }
}
