using RiskNotebooks.Kernel.Display;

namespace RiskNotebooks.Kernel.Execution;

/// <summary>
/// What every cell can call without a prefix: <c>Display(value)</c>, <c>ClearOutput()</c>, <c>Cancellation</c>, and the
/// session's <c>Formatter</c>. Output goes to the cell that calls it.
/// </summary>
public sealed class ScriptGlobals
{
    internal ScriptGlobals(DisplayFormatter formatter) => Formatter = formatter;

    /// <summary>Formats values for display; register formatters of your own types here.</summary>
    public DisplayFormatter Formatter { get; }

    /// <summary>Cancelled when the user interrupts the running cell: pass it to long operations.</summary>
    public CancellationToken Cancellation => CellContext.Current?.CancellationToken ?? CancellationToken.None;

    /// <summary>Displays a value now (before the cell ends).</summary>
    /// <param name="value">The value.</param>
    /// <returns>A handle to replace the value in place later.</returns>
    public DisplayHandle Display(object? value)
    {
        var handle = new DisplayHandle(this, Guid.NewGuid().ToString("N"));
        Current().Display(Formatter.Format(value), handle.DisplayId);
        return handle;
    }

    /// <summary>Clears the output of the running cell.</summary>
    /// <param name="wait">Clear only when the next output arrives (avoids flicker in animations).</param>
    public void ClearOutput(bool wait = false) => Current().ClearOutput(wait);

    internal void UpdateDisplay(string displayId, object? value) => Current().UpdateDisplay(Formatter.Format(value), displayId);

    private static CellContext Current()
        => CellContext.Current ?? throw new InvalidOperationException("display is only possible while a cell runs.");
}
