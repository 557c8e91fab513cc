namespace RiskNotebooks.Cli;

/// <summary>The exit codes of <c>risknb</c>.</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>An internal error (a bug): the message is on standard error.</summary>
    public const int InternalError = 1;

    /// <summary>Bad usage or bad input: the message on standard error names the option, file, line or column.</summary>
    public const int BadInput = 2;

    /// <summary>Stopped by Ctrl+C (SIGINT) before the end: no output file was written. 130 is 128 + SIGINT, as shells report it.</summary>
    public const int Cancelled = 130;
}
