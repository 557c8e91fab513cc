namespace RiskNotebooks.Guidance;

/// <summary>How long a data set is kept, and by what rule.</summary>
public sealed class Retention
{
    /// <summary>Creates a retention.</summary>
    /// <param name="rule">The rule, in words (e.g. "10 years after publication, then archived under the Archives Act").</param>
    /// <param name="until">The date the data are deleted or archived, if fixed.</param>
    /// <exception cref="InvalidOptionException">The rule is blank.</exception>
    public Retention(string rule, DateOnly? until = null)
    {
        Rule = string.IsNullOrWhiteSpace(rule) ? throw new InvalidOptionException("retention.rule", "say by what rule the data are kept.") : rule.Trim();
        Until = until;
    }

    /// <summary>The rule.</summary>
    public string Rule { get; }

    /// <summary>The date, if fixed.</summary>
    public DateOnly? Until { get; }
}
