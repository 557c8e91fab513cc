namespace RiskNotebooks.Guidance;

/// <summary>One term of the Data Use Ontology.</summary>
/// <param name="Id">The id, <c>DUO:0000000</c>.</param>
/// <param name="Shorthand">The consent code's abbreviation (<c>HMB</c>), empty for the parent classes.</param>
/// <param name="Label">The label.</param>
/// <param name="Kind"><c>permission</c>, <c>modifier</c> or <c>class</c>.</param>
public sealed record DataUseTerm(string Id, string Shorthand, string Label, string Kind);
