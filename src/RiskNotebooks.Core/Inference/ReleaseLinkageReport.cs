namespace RiskNotebooks.Inference;

/// <summary>What nearest-neighbour linkage to a released table gives an attacker, against a control. Aggregates only.</summary>
/// <param name="QuasiIdentifiers">The quasi-identifiers compared (Gower distance).</param>
/// <param name="NumericQuasiIdentifiers">Those compared as numbers (range-scaled); the others as categories.</param>
/// <param name="MatchDistance">The largest distance that counts as a match for singling out.</param>
/// <param name="SinglingOut">Targets whose nearest released record is one record, within the match distance.</param>
/// <param name="Attributes">Per sensitive attribute: the nearest released records' value guessed for the target.</param>
/// <param name="MedianDistanceAttack">The median distance from an original record to its nearest released record.</param>
/// <param name="MedianDistanceControl">The same for the control records.</param>
public sealed record ReleaseLinkageReport(
    IReadOnlyList<string> QuasiIdentifiers,
    IReadOnlyList<string> NumericQuasiIdentifiers,
    double MatchDistance,
    LinkageMeasure SinglingOut,
    IReadOnlyList<LinkageMeasure> Attributes,
    double MedianDistanceAttack,
    double MedianDistanceControl);
