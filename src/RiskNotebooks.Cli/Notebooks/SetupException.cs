namespace RiskNotebooks.Cli.Notebooks;

/// <summary>A step of <c>risknb notebooks setup</c> cannot be done; the message says which and what to do.</summary>
internal sealed class SetupException(string message) : RiskNotebooksException(message);
