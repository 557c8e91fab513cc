namespace RiskNotebooks.Assessment;

/// <summary>
/// One thing a threat path needs to be closed (authentication, encryption at rest, an accountable exit, ...), with the
/// controls that can provide it. A path is as strong as its weakest safeguard; a safeguard is as strong as the strongest
/// of its controls that exist.
/// </summary>
/// <remarks>Most safeguards have one control. "Identities hidden" can be met by pseudonymisation or anonymisation.
/// Because a safeguard takes the strongest of its alternatives and a path the weakest of its safeguards, putting a
/// control in place can never raise the probability of an attempt.</remarks>
public sealed class Safeguard
{
    internal Safeguard(string need, params string[] controlIds)
    {
        Need = need;
        ControlIds = controlIds;
    }

    /// <summary>What the path needs, in words (e.g. "accountability: someone reads the logs").</summary>
    public string Need { get; }

    /// <summary>The ids of the controls that provide it (any one suffices).</summary>
    public IReadOnlyList<string> ControlIds { get; }

    /// <inheritdoc/>
    public override string ToString() => Need;
}
