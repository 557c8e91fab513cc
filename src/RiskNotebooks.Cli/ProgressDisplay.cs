namespace RiskNotebooks.Cli;

/// <summary>Makes progress bars for the long commands when standard error is a terminal, and none otherwise.</summary>
/// <param name="error">Standard error.</param>
/// <param name="enabled">Whether standard error is a terminal a person watches (<see cref="Console.IsErrorRedirected"/> false).</param>
internal sealed class ProgressDisplay(TextWriter error, bool enabled)
{
    /// <summary>No progress bars: tests, and output redirected to a file or a pipe.</summary>
    internal static ProgressDisplay None { get; } = new(TextWriter.Null, enabled: false);

    /// <summary>A bar for one command's run, to dispose when it ends; <see langword="null"/> when bars are off.</summary>
    internal TerminalProgress? Start() => enabled ? new TerminalProgress(error) : null;
}
