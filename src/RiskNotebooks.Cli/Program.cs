using System.Runtime.InteropServices;
using RiskNotebooks.Data;

namespace RiskNotebooks.Cli;

/// <summary>The entry point of <c>risknb</c>.</summary>
public static class Program
{
    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0 ok, 2 bad usage or bad input, 1 internal error.</returns>
    /// <remarks>
    /// On SIGTERM, SIGINT (Ctrl+C), SIGHUP and SIGQUIT the temporary files of unfinished outputs are deleted before the
    /// process ends as the signal asks (see <see cref="AtomicFileSet.DeleteTemporaries"/>); after a kill -9 the next
    /// run that writes into the folder removes them.
    /// </remarks>
    public static int Main(string[] args)
    {
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var hangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, OnSignal);
        using var quit = PosixSignalRegistration.Create(PosixSignal.SIGQUIT, OnSignal);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => AtomicFileSet.DeleteTemporaries();
        return CliApp.Run(args, Console.Out, Console.Error);
    }

    /// <summary>Deletes the temporaries and lets the signal end the process (the context is not cancelled).</summary>
    private static void OnSignal(PosixSignalContext context) => AtomicFileSet.DeleteTemporaries();
}
