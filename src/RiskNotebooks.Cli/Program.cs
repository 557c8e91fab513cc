using System.Runtime.InteropServices;
using RiskNotebooks.Data;

namespace RiskNotebooks.Cli;

/// <summary>The entry point of <c>risknb</c>.</summary>
public static class Program
{
    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0 ok, 2 bad usage or bad input, 1 internal error, 130 cancelled by Ctrl+C.</returns>
    /// <remarks>
    /// The first Ctrl+C (SIGINT) cancels the command: the engine stops at its next check, the unfinished outputs are
    /// removed, and the process ends with <see cref="ExitCodes.Cancelled"/>. A second Ctrl+C, SIGTERM, SIGHUP and SIGQUIT
    /// delete the temporary files of unfinished outputs before the process ends as the signal asks (see
    /// <see cref="AtomicFileSet.DeleteTemporaries"/>); after a kill -9 the next run that writes into the folder removes
    /// them. A progress bar is drawn on standard error only when it is a terminal.
    /// </remarks>
    public static int Main(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => OnInterrupt(context, cancel));
        using var hangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, OnSignal);
        using var quit = PosixSignalRegistration.Create(PosixSignal.SIGQUIT, OnSignal);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => AtomicFileSet.DeleteTemporaries();
        return CliApp.Run(args, Console.Out, Console.Error, showProgress: !Console.IsErrorRedirected, cancel.Token);
    }

    /// <summary>The first Ctrl+C cancels the command and keeps the process; a second ends it like any other signal.</summary>
    private static void OnInterrupt(PosixSignalContext context, CancellationTokenSource cancel)
    {
        if (cancel.IsCancellationRequested)
        {
            OnSignal(context);
            return;
        }

        context.Cancel = true;
        cancel.Cancel();
    }

    /// <summary>Deletes the temporaries and lets the signal end the process (the context is not cancelled).</summary>
    private static void OnSignal(PosixSignalContext context) => AtomicFileSet.DeleteTemporaries();
}
