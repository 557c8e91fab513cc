using System.CommandLine;

namespace RiskNotebooks.Cli.Notebooks;

/// <summary><c>risknb notebooks setup</c>: what the committed notebooks need to run as they are, offline.</summary>
internal static class NotebooksCommand
{
    internal static Command Create(TextWriter output)
    {
        var repository = new Option<string?>("--repository") { Description = "The repository folder (default: found upwards from the current folder)." };
        var kernel = new Option<string>("--kernel") { Description = "The kernelspec to install or harden.", DefaultValueFactory = _ => ".net-csharp" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Say what would be done; change nothing." };
        var setup = new Command("setup", "Pack the extension into the local feed the notebooks use (artifacts/packages, no public feed), clear stale cached copies, and install or harden the .net-csharp kernelspec (HTTP API on loopback only, telemetry off). Idempotent.")
        {
            repository, kernel, dryRun,
        };
        setup.SetAction(parse => new NotebookSetup(output).Run(parse.GetValue(repository), parse.GetValue(kernel)!, parse.GetValue(dryRun)));
        return new Command("notebooks", "Prepare the bundled notebooks and their Jupyter kernel.") { setup };
    }
}
