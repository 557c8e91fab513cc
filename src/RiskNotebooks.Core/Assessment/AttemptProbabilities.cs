namespace RiskNotebooks.Assessment;

/// <summary>
/// P(attempt) along a threat path, by the strength of its weakest safeguard; and for a public release.
/// </summary>
/// <remarks>
/// <para>Defaults and where they come from:</para>
/// <list type="bullet">
/// <item><description>Public release: 1.0. El Emam &amp; Arbuckle (<i>Anonymizing Health Data</i>, 2013) and the IPC Ontario
/// <i>De-identification Guidelines for Structured Data</i> (2016): for public data an attempt must be assumed.</description></item>
/// <item><description>Weakest safeguard strong 0.1, moderate 0.2, weak 0.3: documented defaults of RiskNotebooks on the
/// scale of El Emam &amp; Arbuckle's context probabilities for non-public releases, where better security and privacy
/// controls lower P(attempt) in steps of about 0.1. They are not copied from a table: change them when your own
/// framework gives other values.</description></item>
/// <item><description>A path with a gap (a safeguard with no control): 0.5, a documented default of RiskNotebooks: nothing
/// stands in the way, yet unlike a public release the data are not offered to everyone.</description></item>
/// </list>
/// <para>The values must not decrease from strong to public release, so that a stronger control never raises P(attempt).</para>
/// </remarks>
public sealed class AttemptProbabilities
{
    /// <summary>Creates the table.</summary>
    /// <param name="strong">P(attempt) when the weakest safeguard is strong.</param>
    /// <param name="moderate">… moderate.</param>
    /// <param name="weak">… weak.</param>
    /// <param name="unguarded">… when a safeguard has no control at all.</param>
    /// <param name="publicRelease">For a public release.</param>
    /// <exception cref="InvalidOptionException">A value is not a probability, or they decrease from strong to public release.</exception>
    public AttemptProbabilities(double strong, double moderate, double weak, double unguarded, double publicRelease)
    {
        double[] values = [strong, moderate, weak, unguarded, publicRelease];
        if (values.Any(v => double.IsNaN(v) || v < 0 || v > 1))
        {
            throw new InvalidOptionException("attemptProbabilities", "every value must be a probability in [0, 1].");
        }

        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] < values[i - 1])
            {
                throw new InvalidOptionException("attemptProbabilities", "the values must not decrease from strong, moderate, weak, unguarded to public release: a stronger control must never raise P(attempt).");
            }
        }

        Strong = strong;
        Moderate = moderate;
        Weak = weak;
        Unguarded = unguarded;
        PublicRelease = publicRelease;
    }

    /// <summary>0.1, 0.2, 0.3, 0.5 and 1.0 (see the remarks for their sources).</summary>
    public static AttemptProbabilities Default { get; } = new(0.1, 0.2, 0.3, 0.5, 1.0);

    /// <summary>P(attempt) behind a strong weakest safeguard.</summary>
    public double Strong { get; }

    /// <summary>P(attempt) behind a moderate weakest safeguard.</summary>
    public double Moderate { get; }

    /// <summary>P(attempt) behind a weak weakest safeguard.</summary>
    public double Weak { get; }

    /// <summary>P(attempt) along a path with a gap.</summary>
    public double Unguarded { get; }

    /// <summary>P(attempt) for a public release.</summary>
    public double PublicRelease { get; }

    /// <summary>P(attempt) along a path whose weakest safeguard has this strength.</summary>
    /// <param name="weakest">The strength of the weakest safeguard.</param>
    /// <returns>The probability.</returns>
    public double For(ControlStrength weakest) => weakest switch
    {
        ControlStrength.Strong => Strong,
        ControlStrength.Moderate => Moderate,
        ControlStrength.Weak => Weak,
        ControlStrength.None => Unguarded,
        _ => throw new ArgumentOutOfRangeException(nameof(weakest), weakest, "Not a control strength."),
    };
}
