using System.Text;
using RiskNotebooks.Kernel.Display;

namespace RiskNotebooks.Kernel.Execution;

/// <summary>
/// The running cell, found through an <see cref="AsyncLocal{T}"/>: Console output, displays and interrupt checks of code
/// started by a cell (including its tasks) go to that cell, not to whichever cell runs now. Standard output is batched
/// (flushed every 50 ms, before each display, and at the end of the cell) so a loop of writes is not a message per write.
/// </summary>
internal sealed class CellContext : ICellOutput, IDisposable
{
    private static readonly AsyncLocal<CellContext?> CurrentCell = new();
    private readonly StringBuilder stdout = new();
    private readonly StringBuilder stderr = new();
    private readonly Timer timer;
    private bool ended;

    internal CellContext(ICellOutput output, CancellationToken cancellationToken)
    {
        Output = output;
        CancellationToken = cancellationToken;
        timer = new Timer(_ => Flush(), null, 50, 50);
    }

    internal static CellContext? Current
    {
        get => CurrentCell.Value;
        set => CurrentCell.Value = value;
    }

    internal ICellOutput Output { get; }

    internal CancellationToken CancellationToken { get; }

    public void Stream(string name, string text)
    {
        lock (stdout)
        {
            if (!ended)
            {
                (name == "stderr" ? stderr : stdout).Append(text);
                return;
            }
        }

        Output.Stream(name, text);
    }

    public void Display(MimeBundle bundle, string? displayId)
    {
        Flush();
        Output.Display(bundle, displayId);
    }

    public void UpdateDisplay(MimeBundle bundle, string displayId)
    {
        Flush();
        Output.UpdateDisplay(bundle, displayId);
    }

    public void ClearOutput(bool wait)
    {
        Flush();
        Output.ClearOutput(wait);
    }

    public string? ReadInput(string prompt, bool password)
    {
        Flush();
        return Output.ReadInput(prompt, password);
    }

    internal void Flush()
    {
        string? outText = null, errText = null;
        lock (stdout)
        {
            if (stdout.Length > 0)
            {
                outText = stdout.ToString();
                stdout.Clear();
            }

            if (stderr.Length > 0)
            {
                errText = stderr.ToString();
                stderr.Clear();
            }
        }

        if (outText is not null)
        {
            Output.Stream("stdout", outText);
        }

        if (errText is not null)
        {
            Output.Stream("stderr", errText);
        }
    }

    /// <summary>Ends the cell: what is buffered goes out; later writes (from tasks the cell left running) go out directly.</summary>
    public void Dispose()
    {
        timer.Dispose();
        Flush();
        lock (stdout)
        {
            ended = true;
        }

        Flush();
    }
}
