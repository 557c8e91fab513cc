using RiskNotebooks.Kernel.Display;

namespace RiskNotebooks.Kernel.Magic;

/// <summary>What a magic command produced: values to display, an error to show, variables to publish into the script.</summary>
public sealed class MagicOutcome
{
    /// <summary>The values to display, in order (each with <c>text/plain</c>).</summary>
    public IReadOnlyList<MimeBundle> Displays { get; init; } = [];

    /// <summary>
    /// The error shown as the cell's Jupyter error (it fails the cell; the displays before it are still shown), or null.
    /// It must not hold record values.
    /// </summary>
    public string? Error { get; init; }

    /// <summary>The variables to create in the script state, after the displays.</summary>
    public IReadOnlyList<PublishedVariable> Variables { get; init; } = [];

    /// <summary>A successful outcome.</summary>
    /// <param name="displays">The values to display.</param>
    /// <returns>The outcome.</returns>
    public static MagicOutcome Success(params MimeBundle[] displays) => new() { Displays = displays };

    /// <summary>A failed outcome.</summary>
    /// <param name="error">The message (no record values).</param>
    /// <returns>The outcome.</returns>
    public static MagicOutcome Failure(string error) => new() { Error = error };
}
