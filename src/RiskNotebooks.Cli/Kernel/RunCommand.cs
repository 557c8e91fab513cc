using System.CommandLine;
using RiskNotebooks.Kernel.Notebooks;

namespace RiskNotebooks.Cli.Kernel;

/// <summary><c>risknb run NOTEBOOK.ipynb [--output executed.ipynb] [--report FILE.html]</c>: a notebook executed headlessly with the kernel's engine.</summary>
internal static class RunCommand
{
    internal static Command Create(TextWriter output, TextWriter error)
    {
        var notebook = new Argument<string>("NOTEBOOK") { Description = "The notebook (.ipynb); it is read, not changed." };
        var target = new Option<string?>("--output") { Description = "The executed copy (default: NOTEBOOK.executed.ipynb beside it), written atomically." };
        var report = new Option<string?>("--report") { Description = "Also write the notebook's outputs (cards, charts, printed text, its markdown) as one offline HTML report (plotly.js inlined), when every cell succeeds." };
        var command = new Command("run", "Execute a notebook headlessly (no Jupyter) with the RiskNotebooks kernel's engine, cells in order from the notebook's folder; stops at the first error.")
        {
            notebook, target, report,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(notebook)!;
            var outputPath = Path.GetFullPath(parse.GetValue(target) ?? Path.ChangeExtension(path, null) + ".executed.ipynb");
            var reportPath = parse.GetValue(report) is { } r ? Path.GetFullPath(r) : null;
            var (cells, failure) = new NotebookRunner(KernelMagics.Create()).RunAsync(path, outputPath, error, reportPath: reportPath).GetAwaiter().GetResult();
            if (failure is not null)
            {
                error.WriteLine($"risknb: cell {cells} failed: {failure.Name}: {failure.Value}");
                error.WriteLine($"risknb: the outputs up to it are in {outputPath}{(reportPath is null ? "" : "; no report was written")}.");
                return ExitCodes.BadInput;
            }

            output.WriteLine($"Ran {cells} code cells; wrote {outputPath}{(reportPath is null ? "" : " and " + reportPath)}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
