using RiskNotebooks.Kernel.Display;

namespace RiskNotebooks.Kernel.Execution;

/// <summary>
/// Where a running cell's output goes: the Jupyter kernel publishes it on IOPub, <c>risknb run</c> writes it into the
/// notebook. Called from any thread.
/// </summary>
public interface ICellOutput
{
    /// <summary>Text written to standard output or standard error.</summary>
    /// <param name="name"><c>stdout</c> or <c>stderr</c>.</param>
    /// <param name="text">The text.</param>
    void Stream(string name, string text);

    /// <summary>A displayed value.</summary>
    /// <param name="bundle">The value's representations.</param>
    /// <param name="displayId">An id that later updates can replace, or null.</param>
    void Display(MimeBundle bundle, string? displayId);

    /// <summary>Replaces every output displayed earlier with the same id.</summary>
    /// <param name="bundle">The new representations.</param>
    /// <param name="displayId">The id.</param>
    void UpdateDisplay(MimeBundle bundle, string displayId);

    /// <summary>Clears the cell's output.</summary>
    /// <param name="wait">Clear only when the next output arrives (avoids flicker).</param>
    void ClearOutput(bool wait);

    /// <summary>Asks the user for a line of input.</summary>
    /// <param name="prompt">The prompt.</param>
    /// <param name="password">Whether to hide what is typed.</param>
    /// <returns>The line, or null where there is no one to ask (headless runs, <c>allow_stdin</c> false).</returns>
    string? ReadInput(string prompt, bool password);
}
