namespace RiskNotebooks.Assessment;

/// <summary>A point to draw on the risk matrix: an asset (or the whole assessment) at one stage.</summary>
public sealed class RiskMarker
{
    internal RiskMarker(string label, string? assetId, RiskStage stage, RiskCell cell)
    {
        Label = label;
        AssetId = assetId;
        Stage = stage;
        Cell = cell;
    }

    /// <summary>What to write beside the marker.</summary>
    public string Label { get; }

    /// <summary>The asset, or <see langword="null"/> for the whole assessment.</summary>
    public string? AssetId { get; }

    /// <summary>Initial or residual.</summary>
    public RiskStage Stage { get; }

    /// <summary>Where the marker goes.</summary>
    public RiskCell Cell { get; }
}
