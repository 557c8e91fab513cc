namespace RiskNotebooks.Assessment;

/// <summary>The ways by which someone could reach the data and try to re-identify people in it.</summary>
public enum ThreatPath
{
    /// <summary>An outsider breaks into the systems holding the data, or intercepts them in transfer.</summary>
    ExternalAttacker,

    /// <summary>Someone with legitimate access looks people up (curiosity, a neighbour, a celebrity) or misuses the data.</summary>
    Insider,

    /// <summary>Results leave the environment and carry records, small cells or identifying detail with them.</summary>
    ExportOfResults,

    /// <summary>Disks, laptops, USB media or backups are lost or stolen.</summary>
    PhysicalMediaAndBackups,

    /// <summary>A recipient of the data links it with other sources they hold or can get.</summary>
    RecipientLinking,
}
