using System.CommandLine;
using RiskNotebooks.Kernel;

namespace RiskNotebooks.Cli.Kernel;

/// <summary><c>risknb kernel install</c> and <c>risknb kernel run</c>: our own C# Jupyter kernel.</summary>
internal static class KernelCommand
{
    internal static Command Create(TextWriter output, TextWriter error)
    {
        var user = new Option<bool>("--user") { Description = "Install for the current user (the default): Jupyter's user data folder (JUPYTER_DATA_DIR if set)." };
        var prefix = new Option<string?>("--prefix") { Description = "Install under PREFIX/share/jupyter/kernels (e.g. a virtual environment or a shared folder)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the kernelspec and where it would go; write nothing." };
        var install = new Command("install", $"Install the Jupyter kernelspec '{KernelSpecInstaller.Name}' (display name \"{KernelSpecInstaller.DisplayName}\"), which runs this risknb as the kernel.")
        {
            user, prefix, dryRun,
        };
        install.SetAction(parse => new KernelSpecInstaller(output).Install(parse.GetValue(user), parse.GetValue(prefix), parse.GetValue(dryRun)));

        var connectionFile = new Argument<string>("CONNECTION_FILE") { Description = "The connection file Jupyter writes (ports and signing key)." };
        var run = new Command("run", "Run the kernel for Jupyter (Jupyter starts this; you do not). Listens only on the connection file's ports; signed messages only; no network.")
        {
            connectionFile,
        };
        run.SetAction(parse => JupyterKernel.RunAsync(parse.GetValue(connectionFile)!, KernelMagics.Create(), error).GetAwaiter().GetResult());

        return new Command("kernel", "Our own C# Jupyter kernel (RiskNotebooks preloaded, no HTTP, no telemetry).") { install, run };
    }
}
