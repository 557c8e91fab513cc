using System.Text.Json.Nodes;
using RiskNotebooks.Kernel.Display;
using RiskNotebooks.Kernel.Execution;
using RiskNotebooks.Kernel.Protocol;

namespace RiskNotebooks.Kernel;

/// <summary>A cell's output in a Jupyter session: IOPub messages with the execute_request as parent; input over stdin.</summary>
internal sealed class KernelOutput(JupyterKernel kernel, JupyterMessage request, bool silent, bool allowStdin) : ICellOutput
{
    public void Stream(string name, string text)
    {
        if (!silent)
        {
            kernel.Publish("stream", new JsonObject { ["name"] = name, ["text"] = text }, request);
        }
    }

    public void Display(MimeBundle bundle, string? displayId)
    {
        if (!silent)
        {
            kernel.Publish("display_data", DisplayContent(bundle, displayId), request);
        }
    }

    public void UpdateDisplay(MimeBundle bundle, string displayId)
    {
        if (!silent)
        {
            kernel.Publish("update_display_data", DisplayContent(bundle, displayId), request);
        }
    }

    public void ClearOutput(bool wait)
    {
        if (!silent)
        {
            kernel.Publish("clear_output", new JsonObject { ["wait"] = wait }, request);
        }
    }

    public string? ReadInput(string prompt, bool password)
        => allowStdin ? kernel.RequestInput(request, prompt, password) : null;

    internal static JsonObject DisplayContent(MimeBundle bundle, string? displayId)
    {
        var content = new JsonObject { ["data"] = Data(bundle), ["metadata"] = new JsonObject() };
        if (displayId is not null)
        {
            content["transient"] = new JsonObject { ["display_id"] = displayId };
        }

        return content;
    }

    /// <summary>The bundle as Jupyter's <c>data</c>: JSON MIME types as JSON values, the rest as strings.</summary>
    internal static JsonObject Data(MimeBundle bundle)
    {
        var data = new JsonObject();
        foreach (var (mime, value) in bundle.Data)
        {
            JsonNode? node = null;
            if (MimeBundle.IsJson(mime))
            {
                try
                {
                    node = JsonNode.Parse(value);
                }
                catch (System.Text.Json.JsonException)
                {
                    node = null;
                }
            }

            data[mime] = node ?? JsonValue.Create(value);
        }

        return data;
    }
}
