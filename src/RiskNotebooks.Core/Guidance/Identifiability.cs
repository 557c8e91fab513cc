namespace RiskNotebooks.Guidance;

/// <summary>The measured identifiability of a data set: P(re-id | attempt) before and after the planned data measures.</summary>
public sealed class Identifiability
{
    /// <summary>Creates the record.</summary>
    /// <param name="basis">Which figure: <c>average-risk</c>, <c>highest-risk</c>, <c>direct-identifiers</c> or <c>not-measured</c>.</param>
    /// <param name="initial">P(re-id | attempt) of the data as they are.</param>
    /// <param name="residual">After the planned data measures (at most <paramref name="initial"/>).</param>
    /// <param name="method">How it was measured, in words, or <see langword="null"/>.</param>
    /// <exception cref="InvalidOptionException">The probabilities are not in [0, 1] with residual ≤ initial, or the basis is blank.</exception>
    public Identifiability(string basis, double initial, double residual, string? method)
    {
        Basis = string.IsNullOrWhiteSpace(basis) ? throw new InvalidOptionException("identifiability.basis", "say which figure was used.") : basis;
        if (double.IsNaN(initial) || initial is < 0 or > 1 || double.IsNaN(residual) || residual < 0 || residual > initial)
        {
            throw new InvalidOptionException("identifiability", "initial and residual must be probabilities with residual ≤ initial.");
        }

        Initial = initial;
        Residual = residual;
        Method = method;
    }

    /// <summary>Which figure was used.</summary>
    public string Basis { get; }

    /// <summary>P(re-id | attempt) of the data as they are.</summary>
    public double Initial { get; }

    /// <summary>P(re-id | attempt) after the planned data measures.</summary>
    public double Residual { get; }

    /// <summary>How it was measured, or <see langword="null"/>.</summary>
    public string? Method { get; }
}
