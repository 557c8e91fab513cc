namespace RiskNotebooks.Treatment;

/// <summary>What was written to a released table: counts and column names, no values.</summary>
/// <param name="FileName">The released file's name (no folder).</param>
/// <param name="Records">The records written (suppressed ones included, with every quasi-identifier set to <c>*</c>).</param>
/// <param name="SuppressedRecords">The records whose quasi-identifiers were suppressed.</param>
/// <param name="Columns">The columns written, in order.</param>
/// <param name="RemovedColumns">The columns left out.</param>
/// <param name="PseudonymizedColumns">The columns replaced by keyed pseudonyms.</param>
public sealed record ReleaseSummary(string FileName, long Records, long SuppressedRecords, IReadOnlyList<string> Columns, IReadOnlyList<string> RemovedColumns, IReadOnlyList<string> PseudonymizedColumns);
