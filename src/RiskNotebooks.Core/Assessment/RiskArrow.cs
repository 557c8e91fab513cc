namespace RiskNotebooks.Assessment;

/// <summary>An arrow to draw on the risk matrix from the initial to the residual cell, with the measures behind it.</summary>
public sealed class RiskArrow
{
    internal RiskArrow(string label, string? assetId, RiskCell from, RiskCell to, IReadOnlyList<string> measures)
    {
        Label = label;
        AssetId = assetId;
        From = from;
        To = to;
        Measures = measures;
    }

    /// <summary>What to write beside the arrow.</summary>
    public string Label { get; }

    /// <summary>The asset, or <see langword="null"/> for the whole assessment.</summary>
    public string? AssetId { get; }

    /// <summary>The initial cell.</summary>
    public RiskCell From { get; }

    /// <summary>The residual cell.</summary>
    public RiskCell To { get; }

    /// <summary>The planned measures that lower the risk along the arrow (names).</summary>
    public IReadOnlyList<string> Measures { get; }

    /// <summary>Whether the arrow has length (from and to differ).</summary>
    public bool Moves => From != To;
}
