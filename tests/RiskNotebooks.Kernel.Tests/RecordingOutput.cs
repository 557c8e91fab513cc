using RiskNotebooks.Kernel.Display;
using RiskNotebooks.Kernel.Execution;

namespace RiskNotebooks.Kernel.Tests;

/// <summary>Records a cell's output in order.</summary>
internal sealed class RecordingOutput : ICellOutput
{
    private readonly Lock gate = new();

    public List<(string Kind, string Text, MimeBundle? Bundle)> Items { get; } = [];

    public string Stdout => Concat("stdout");

    public string Stderr => Concat("stderr");

    public IEnumerable<MimeBundle> Displays => Items.Where(i => i.Kind == "display").Select(i => i.Bundle!);

    public void Stream(string name, string text)
    {
        lock (gate)
        {
            Items.Add((name, text, null));
        }
    }

    public void Display(MimeBundle bundle, string? displayId)
    {
        lock (gate)
        {
            Items.Add(("display", displayId ?? string.Empty, bundle));
        }
    }

    public void UpdateDisplay(MimeBundle bundle, string displayId)
    {
        lock (gate)
        {
            Items.Add(("update", displayId, bundle));
        }
    }

    public void ClearOutput(bool wait)
    {
        lock (gate)
        {
            Items.Add(("clear", wait.ToString(), null));
        }
    }

    public string? ReadInput(string prompt, bool password) => null;

    private string Concat(string name)
    {
        lock (gate)
        {
            return string.Concat(Items.Where(i => i.Kind == name).Select(i => i.Text));
        }
    }
}
