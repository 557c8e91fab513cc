namespace RiskNotebooks.Kernel.Magic;

/// <summary>A C# variable that a magic command creates in the notebook's script state (e.g. <c>--name registry</c>).</summary>
/// <param name="Name">The variable name (a C# identifier).</param>
/// <param name="Value">The value.</param>
/// <param name="Type">The declared type (public, so the script can name it; otherwise the variable is an <c>object</c>).</param>
public sealed record PublishedVariable(string Name, object? Value, Type Type);
