namespace RiskNotebooks.Assessment;

/// <summary>Why the model concluded something: the rule that fired, in words, with the level it supports.</summary>
/// <remarks>Every harm level, probability, likelihood level, weakest link and effect carries its reasons, so a result can
/// be explained line by line to a data protection officer or an ethics board.</remarks>
public sealed class Reason
{
    /// <summary>Creates a reason.</summary>
    /// <param name="rule">The id of the rule (e.g. <c>health-data</c>, <c>weakest-link</c>).</param>
    /// <param name="text">The explanation, in a sentence.</param>
    /// <param name="level">The level this reason supports, if it supports one.</param>
    public Reason(string rule, string text, RiskLevel? level = null)
    {
        Rule = string.IsNullOrWhiteSpace(rule) ? throw new ArgumentException("A reason needs a rule id.", nameof(rule)) : rule;
        Text = string.IsNullOrWhiteSpace(text) ? throw new ArgumentException("A reason needs a text.", nameof(text)) : text;
        Level = level is { } l ? RiskLevels.RequireDefined(l, nameof(level)) : null;
    }

    /// <summary>The rule id.</summary>
    public string Rule { get; }

    /// <summary>The explanation.</summary>
    public string Text { get; }

    /// <summary>The level this reason supports, or <see langword="null"/> for an explanation without one.</summary>
    public RiskLevel? Level { get; }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
