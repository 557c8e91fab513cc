namespace RiskNotebooks.Reporting.Notebook;

/// <summary>
/// What a magic command produced: the items to display, in order (reports, charts, evaluations, each shown by the
/// host's formatter for its type), and the result a host publishes as a variable when the user names one.
/// </summary>
/// <param name="Result">The command's result (a report), or <see langword="null"/>.</param>
/// <param name="Displays">The items to display, in order.</param>
public sealed record NotebookOutcome(object? Result, IReadOnlyList<object> Displays);
