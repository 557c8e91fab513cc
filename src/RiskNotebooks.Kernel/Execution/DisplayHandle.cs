namespace RiskNotebooks.Kernel.Execution;

/// <summary>A displayed value that can be replaced in place (Jupyter's <c>update_display_data</c>).</summary>
public sealed class DisplayHandle
{
    private readonly ScriptGlobals globals;

    internal DisplayHandle(ScriptGlobals globals, string displayId)
    {
        this.globals = globals;
        DisplayId = displayId;
    }

    /// <summary>The display id.</summary>
    public string DisplayId { get; }

    /// <summary>Replaces the displayed value, wherever it is shown.</summary>
    /// <param name="value">The new value.</param>
    public void Update(object? value) => globals.UpdateDisplay(DisplayId, value);
}
