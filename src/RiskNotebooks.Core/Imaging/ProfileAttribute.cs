namespace RiskNotebooks.Imaging;

/// <summary>One row of PS3.15 Table E.1-1: an attribute (or a repeating group, or all private attributes) and its basic-profile action.</summary>
public sealed class ProfileAttribute
{
    internal ProfileAttribute(int index, string tag, string keyword, string name, string action)
    {
        Index = index;
        Tag = tag;
        Keyword = keyword;
        Name = name;
        Action = action;
    }

    /// <summary>The row's tag as the table writes it: <c>(0010,0010)</c>, <c>(60xx,3000)</c>, or <c>(gggg,eeee) where gggg is odd</c>.</summary>
    public string Tag { get; }

    /// <summary>The PS3.6 keyword, such as <c>PatientName</c>; empty where PS3.6 has none (curve data, private attributes).</summary>
    public string Keyword { get; }

    /// <summary>The name as Table E.1-1 prints it.</summary>
    public string Name { get; }

    /// <summary>The basic-profile action code, such as <c>Z</c> or <c>X/Z/D</c> (see <see cref="ProfileAction"/>).</summary>
    public string Action { get; }

    /// <summary>What <see cref="Action"/> means, in words (PS3.15 Table E.1-1a).</summary>
    public string ActionMeaning => ProfileAction.Meaning(Action);

    /// <summary>Whether this is the row of all private attributes (odd groups).</summary>
    public bool IsPrivateAttributes => Tag.StartsWith("(gggg", StringComparison.Ordinal);

    /// <summary>The row's position in the table (0-based).</summary>
    internal int Index { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Tag} {Name}: {Action}";
}
