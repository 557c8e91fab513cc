namespace RiskNotebooks.Reporting.Notebook;

/// <summary>A piece of HTML a magic command shows (the roles, the help, where a report was saved), with its plain text.</summary>
/// <param name="Html">The HTML (made by us; no record values).</param>
/// <param name="PlainText">The same in plain text, for front ends without HTML.</param>
public sealed record HtmlFragment(string Html, string PlainText);
