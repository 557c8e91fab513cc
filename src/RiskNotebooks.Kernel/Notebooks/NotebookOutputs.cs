using System.Text.Json.Nodes;
using RiskNotebooks.Kernel.Display;
using RiskNotebooks.Kernel.Execution;

namespace RiskNotebooks.Kernel.Notebooks;

/// <summary>
/// A cell's outputs in nbformat 4: consecutive stream text merged, displays kept by id for update_display_data,
/// clear_output honoured (with <c>wait</c>, at the next output). No one to ask for input: <see cref="ReadInput"/> is null.
/// </summary>
internal sealed class NotebookOutputs : ICellOutput
{
    private readonly Lock gate = new();
    private readonly List<(JsonObject Output, string? DisplayId)> outputs = [];
    private bool clearPending;

    public void Stream(string name, string text)
    {
        lock (gate)
        {
            ClearIfPending();
            if (outputs.Count > 0 && outputs[^1].Output is { } last && (string?)last["output_type"] == "stream" && (string?)last["name"] == name)
            {
                last["text"] = (string?)last["text"] + text;
                return;
            }

            outputs.Add((new JsonObject { ["output_type"] = "stream", ["name"] = name, ["text"] = text }, null));
        }
    }

    public void Display(MimeBundle bundle, string? displayId)
    {
        lock (gate)
        {
            ClearIfPending();
            outputs.Add((new JsonObject { ["output_type"] = "display_data", ["data"] = KernelOutput.Data(bundle), ["metadata"] = new JsonObject() }, displayId));
        }
    }

    public void UpdateDisplay(MimeBundle bundle, string displayId)
    {
        lock (gate)
        {
            foreach (var (output, id) in outputs)
            {
                if (id == displayId)
                {
                    output["data"] = KernelOutput.Data(bundle);
                }
            }
        }
    }

    public void ClearOutput(bool wait)
    {
        lock (gate)
        {
            if (wait)
            {
                clearPending = true;
            }
            else
            {
                outputs.Clear();
            }
        }
    }

    public string? ReadInput(string prompt, bool password) => null;

    internal void Result(MimeBundle value, int executionCount)
    {
        lock (gate)
        {
            ClearIfPending();
            outputs.Add((new JsonObject { ["output_type"] = "execute_result", ["execution_count"] = executionCount, ["data"] = KernelOutput.Data(value), ["metadata"] = new JsonObject() }, null));
        }
    }

    internal void Error(CellError error)
    {
        lock (gate)
        {
            ClearIfPending();
            outputs.Add((new JsonObject
            {
                ["output_type"] = "error",
                ["ename"] = error.Name,
                ["evalue"] = error.Value,
                ["traceback"] = new JsonArray(error.Traceback.Select(l => (JsonNode)JsonValue.Create(l)).ToArray()),
            }, null));
        }
    }

    internal JsonArray ToJson()
    {
        lock (gate)
        {
            return new JsonArray(outputs.Select(o => (JsonNode)o.Output.DeepClone()).ToArray());
        }
    }

    private void ClearIfPending()
    {
        if (clearPending)
        {
            outputs.Clear();
            clearPending = false;
        }
    }
}
