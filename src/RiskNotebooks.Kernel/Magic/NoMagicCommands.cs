namespace RiskNotebooks.Kernel.Magic;

/// <summary>
/// The stand-in until the shared command layer is plugged in: a cell of <c>#!</c> commands fails with a message saying so,
/// instead of a C# syntax error.
/// </summary>
public sealed class NoMagicCommands : IMagicCommands
{
    /// <inheritdoc/>
    public bool Handles(string cellCode) => cellCode is not null && cellCode.TrimStart().StartsWith("#!", StringComparison.Ordinal);

    /// <inheritdoc/>
    public Task<MagicOutcome> RunAsync(string cellCode, MagicContext context, CancellationToken cancellationToken)
        => Task.FromResult(MagicOutcome.Failure("magic commands (#!...) are not available in this build of the RiskNotebooks kernel yet; use the C# API."));

    /// <inheritdoc/>
    public IReadOnlyList<string> Complete(string code, int cursorCodePoints) => [];
}
