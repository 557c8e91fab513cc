namespace RiskNotebooks.Commands;

/// <summary>What kind of value an option takes: how hosts offer it (a flag, a number hint, a path) and how it is read.</summary>
public enum OptionKind
{
    /// <summary>A word or a short text, such as <c>--spatial 2km</c>.</summary>
    Text,

    /// <summary>A number: invariant culture, an exponent (<c>1e6</c>) or a percentage (<c>5%</c>) allowed.</summary>
    Number,

    /// <summary>A switch without a value, such as <c>--exact</c>.</summary>
    Flag,

    /// <summary>A comma-separated list, such as <c>--qi sex,postcode</c> or <c>--points 1..4</c>.</summary>
    List,

    /// <summary>A file or folder path.</summary>
    Path,
}
