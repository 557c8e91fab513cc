namespace RiskNotebooks.Assessment;

/// <summary>A documented rule of the harm model: when it fires, what it does to the level, and its source.</summary>
public sealed class HarmRule
{
    internal HarmRule(string id, string when, RiskLevel? floor, bool aggravates, string rationale, string source)
    {
        Id = id;
        When = when;
        Floor = floor;
        Aggravates = aggravates;
        Rationale = rationale;
        Source = source;
    }

    /// <summary>The rule's id, as reasons carry it.</summary>
    public string Id { get; }

    /// <summary>When it fires, in words.</summary>
    public string When { get; }

    /// <summary>The level the harm is at least when the rule fires, for a floor rule; <see langword="null"/> for an aggravating factor.</summary>
    public RiskLevel? Floor { get; }

    /// <summary>Whether the rule is an aggravating factor: any of them raises the harm one level (once, however many fire).</summary>
    public bool Aggravates { get; }

    /// <summary>Why the rule gives that level.</summary>
    public string Rationale { get; }

    /// <summary>Where the rule comes from.</summary>
    public string Source { get; }
}
