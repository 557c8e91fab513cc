using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RiskNotebooks.Data;
using RiskNotebooks.Kernel.Execution;
using RiskNotebooks.Kernel.Magic;
using RiskNotebooks.Reporting.Export;

namespace RiskNotebooks.Kernel.Notebooks;

/// <summary>
/// Runs a Jupyter notebook (.ipynb, nbformat 4) headlessly with the kernel's engine, no Jupyter needed: code cells in order,
/// relative paths from the notebook's folder, outputs written into a copy. Stops at the first failing cell, as nbconvert
/// does; the outputs up to there are still written.
/// </summary>
/// <remarks>
/// The process's current folder is the notebook's folder while it runs (relative paths in cells resolve as in Jupyter):
/// run one notebook at a time per process.
/// </remarks>
public sealed class NotebookRunner
{
    private readonly IMagicCommands? magics;

    /// <summary>Creates a runner.</summary>
    /// <param name="magics">The magic commands (default: none).</param>
    public NotebookRunner(IMagicCommands? magics = null) => this.magics = magics;

    /// <summary>Runs a notebook and writes the executed copy atomically.</summary>
    /// <param name="notebookPath">The notebook (read, never changed: an output path naming it is refused).</param>
    /// <param name="outputPath">Where the executed notebook goes.</param>
    /// <param name="progress">Where the cell being run is announced (e.g. standard error), or null.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <param name="reportPath">
    /// Also write the outputs as one offline HTML report there (see <see cref="NotebookReport"/>), with the executed
    /// notebook, when every cell succeeded; or null.
    /// </param>
    /// <returns>The number of code cells run and the first error, if any.</returns>
    /// <exception cref="InputFormatException">The file is not a notebook.</exception>
    /// <exception cref="InvalidOptionException">An output path that cannot or must not be written (names the option).</exception>
    public async Task<(int CellsRun, CellError? Error)> RunAsync(string notebookPath, string outputPath, TextWriter? progress = null, CancellationToken cancellationToken = default, string? reportPath = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(notebookPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputPath);
        AtomicFile.CheckTarget(outputPath, "--output", (notebookPath, "NOTEBOOK"));
        if (reportPath is not null)
        {
            HtmlReport.CheckPath(reportPath, "--report", (notebookPath, "NOTEBOOK"), (outputPath, "--output"));
        }

        var notebook = Parse(notebookPath);
        var folder = Path.GetDirectoryName(Path.GetFullPath(notebookPath))!;
        var previous = Directory.GetCurrentDirectory();
        var engine = new ExecutionEngine(magics, folder);
        var count = 0;
        CellError? failure = null;
        Directory.SetCurrentDirectory(folder);
        try
        {
            foreach (var cell in notebook["cells"]!.AsArray().OfType<JsonObject>())
            {
                if ((string?)cell["cell_type"] != "code")
                {
                    continue;
                }

                if (failure is not null)
                {
                    cell["outputs"] = new JsonArray();
                    cell["execution_count"] = null;
                    continue;
                }

                count++;
                progress?.WriteLine($"risknb run: cell {count}");
                var outputs = new NotebookOutputs();
                var result = await engine.ExecuteAsync(Source(cell["source"]), outputs, cancellationToken).ConfigureAwait(false);
                if (result.Value is { } value)
                {
                    outputs.Result(value, count);
                }

                if (result.Error is { } error)
                {
                    outputs.Error(error);
                    failure = error;
                }

                cell["outputs"] = outputs.ToJson();
                cell["execution_count"] = count;
            }
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }

        var metadata = notebook["metadata"] as JsonObject ?? [];
        notebook["metadata"] = metadata;
        metadata["kernelspec"] = new JsonObject { ["name"] = "risknotebooks", ["display_name"] = "C# (RiskNotebooks)", ["language"] = "C#" };
        metadata["language_info"] = new JsonObject { ["name"] = "C#", ["file_extension"] = ".cs", ["mimetype"] = "text/x-csharp", ["pygments_lexer"] = "csharp" };
        var json = notebook.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
        using var files = new AtomicFileSet();
        files.Add(outputPath, stream => stream.Write(Encoding.UTF8.GetBytes(json)), "--output");
        if (reportPath is not null && failure is null)
        {
            NotebookReport.From(notebook, notebookPath).Save(files, reportPath, "--report");
        }

        files.Commit(); // both files, or neither
        return (count, failure);
    }

    private static JsonObject Parse(string path)
    {
        try
        {
            if (JsonNode.Parse(File.ReadAllText(path)) is JsonObject notebook && notebook["cells"] is JsonArray)
            {
                return notebook;
            }
        }
        catch (JsonException)
        {
            // reported below, without the file's content
        }
        catch (FileNotFoundException)
        {
            throw InputFormatException.OfFile(path, "the notebook does not exist");
        }

        throw InputFormatException.OfFile(path, "not a Jupyter notebook (nbformat 4 JSON with cells)");
    }

    private static string Source(JsonNode? source) => source switch
    {
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        JsonValue text => (string?)text ?? string.Empty,
        _ => string.Empty,
    };
}
