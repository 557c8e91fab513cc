namespace RiskNotebooks.Assessment;

/// <summary>What kind of planned measure an effect is attributed to.</summary>
public enum MeasureKind
{
    /// <summary>A planned control: it acts on P(attempt) along the paths it guards.</summary>
    Control,

    /// <summary>A planned change to the data: it acts on P(re-id | attempt) of an asset.</summary>
    DataMeasure,
}
