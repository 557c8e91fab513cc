namespace RiskNotebooks.Kernel.Execution;

/// <summary>Why a cell failed, as Jupyter shows it.</summary>
/// <param name="Name">The error name (ename): the exception type, <c>CompilationError</c>, <c>MagicCommandError</c>.</param>
/// <param name="Value">The message (evalue).</param>
/// <param name="Traceback">The lines shown to the user.</param>
public sealed record CellError(string Name, string Value, IReadOnlyList<string> Traceback);
