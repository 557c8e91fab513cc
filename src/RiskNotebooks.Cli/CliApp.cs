using System.CommandLine;
using RiskNotebooks.Commands;

namespace RiskNotebooks.Cli;

/// <summary>Builds the command tree and runs it with explicit output writers, so tests can run it in-process.</summary>
public static class CliApp
{
    /// <summary>Runs <c>risknb</c> with the given arguments.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, showProgress: false, CancellationToken.None);

    /// <summary>Runs <c>risknb</c> with the given arguments, a progress bar if asked for, and a way to stop it.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="showProgress">Whether the long commands draw a progress bar on <paramref name="error"/>: only when it is a terminal.</param>
    /// <param name="cancellationToken">Stops the command (Ctrl+C): it ends with <see cref="ExitCodes.Cancelled"/> and writes no output file.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error, bool showProgress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var progress = showProgress ? new ProgressDisplay(error, enabled: true) : ProgressDisplay.None;
        // Assessments can measure attribute disclosure with the learner (an asset's "inference").
        RiskNotebooks.ML.AssessmentInference.Register();
        var root = new RootCommand("RiskNotebooks: how likely is re-identification, how much harm, and where does the risk sit?")
        {
            ReidCommand.Create(output, progress),
            LocationCommand.Create(output, progress),
            GenerateCommand.Create(output),
            AssessCommand.Create(output),
            ReportCommand.Create(),
            TextCommand.Create(output),
            GenomeCommand.Create(output),
            CatalogueCommand.Create(output),
            DicomCommand.Create(output),
            InferCommand.Create(output),
            AnonymizeCommand.Create(output, progress),
            AnonymizeCommand.CreateWhatIf(output),
            Notebooks.NotebooksCommand.Create(output),
            Kernel.KernelCommand.Create(output, error), Kernel.RunCommand.Create(output, error),
        };

        NumericOptions.Apply(root);

        // "risknb help" and "risknb help reid" as in git and dotnet: the same as --help.
        if (args.Length > 0 && args[0] == "help")
        {
            args = [.. args[1..], "--help"];
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine($"risknb: {parseError.Message}");
            }

            error.WriteLine("Run 'risknb --help' or 'risknb <command> --help' for usage.");
            return ExitCodes.BadInput;
        }

        try
        {
            // Signals are the caller's (Program cancels the token on Ctrl+C): no termination handling of System.CommandLine's own.
            var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
            return parsed.InvokeAsync(configuration, cancellationToken).GetAwaiter().GetResult();
        }
        catch (RiskNotebooksException e)
        {
            error.WriteLine($"risknb: {OptionSpellings.ForHost(e).Message}");
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("risknb: cancelled: nothing was written.");
            return ExitCodes.Cancelled;
        }
        catch (Exception e)
        {
            // The type and stack trace help a bug report; the message of a library exception could hold data, so it is left out.
            error.WriteLine($"risknb: internal error ({e.GetType().Name}). Please report it with the command you ran.");
            error.WriteLine(e.StackTrace);
            return ExitCodes.InternalError;
        }
    }
}
