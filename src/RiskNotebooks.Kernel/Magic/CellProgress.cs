using System.Diagnostics;
using RiskNotebooks.Kernel.Display;
using RiskNotebooks.Kernel.Execution;

namespace RiskNotebooks.Kernel.Magic;

/// <summary>
/// The progress of a long magic command as one display of the cell, replaced in place (<c>update_display_data</c>)
/// at most four times a second: the phase and a percentage, never a value of the data. A command that ends within
/// <see cref="Delay"/> shows nothing, so quick cells keep exactly their results.
/// </summary>
internal sealed class CellProgress : IProgress<AnalysisProgress>
{
    /// <summary>How long a command runs before its progress is shown.</summary>
    internal static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private readonly ICellOutput output;
    private readonly TimeSpan delay;
    private readonly string displayId = "risknb-progress-" + Guid.NewGuid().ToString("N");
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly Lock gate = new();
    private TimeSpan lastShown;
    private bool shown;

    internal CellProgress(ICellOutput output, TimeSpan? delay = null)
    {
        this.output = output;
        this.delay = delay ?? Delay;
    }

    /// <inheritdoc/>
    public void Report(AnalysisProgress value)
    {
        lock (gate)
        {
            var now = clock.Elapsed;
            var final = value.Done >= value.Total;
            if (now < delay || (shown && !final && now - lastShown < Interval))
            {
                return;
            }

            lastShown = now;
            var bundle = MimeBundle.FromText(value.ToString());
            if (shown)
            {
                output.UpdateDisplay(bundle, displayId);
            }
            else
            {
                output.Display(bundle, displayId);
                shown = true;
            }
        }
    }
}
