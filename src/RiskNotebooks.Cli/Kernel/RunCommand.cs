using System.CommandLine;
using RiskNotebooks.Kernel.Notebooks;

namespace RiskNotebooks.Cli.Kernel;

/// <summary><c>risknb run NOTEBOOK.ipynb [--output executed.ipynb]</c>: a notebook executed headlessly with the kernel's engine.</summary>
internal static class RunCommand
{
    internal static Command Create(TextWriter output, TextWriter error)
    {
        var notebook = new Argument<string>("NOTEBOOK") { Description = "The notebook (.ipynb); it is read, not changed." };
        var target = new Option<string?>("--output") { Description = "The executed copy (default: NOTEBOOK.executed.ipynb beside it), written atomically." };
        var command = new Command("run", "Execute a notebook headlessly (no Jupyter) with the RiskNotebooks kernel's engine, cells in order from the notebook's folder; stops at the first error.")
        {
            notebook, target,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(notebook)!;
            var outputPath = Path.GetFullPath(parse.GetValue(target) ?? Path.ChangeExtension(path, null) + ".executed.ipynb");
            var (cells, failure) = new NotebookRunner(KernelMagics.Create()).RunAsync(path, outputPath, error).GetAwaiter().GetResult();
            if (failure is not null)
            {
                error.WriteLine($"risknb: cell {cells} failed: {failure.Name}: {failure.Value}");
                error.WriteLine($"risknb: the outputs up to it are in {outputPath}.");
                return ExitCodes.BadInput;
            }

            output.WriteLine($"Ran {cells} code cells; wrote {outputPath}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
