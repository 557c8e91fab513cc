namespace RiskNotebooks;

/// <summary>
/// Counts the steps of one phase from any thread and reports to an <see cref="IProgress{T}"/> only when another
/// percent is done, in order (and at the end), so a loop may call <see cref="Advance"/> per step at the cost of one
/// interlocked add.
/// </summary>
internal sealed class ProgressSteps
{
    private readonly IProgress<AnalysisProgress>? target;
    private readonly string phase;
    private readonly long total;
    private readonly Lock gate = new();
    private long done;
    private long lastPercent = -1;

    private ProgressSteps(IProgress<AnalysisProgress>? target, string phase, long total)
    {
        this.target = target;
        this.phase = phase;
        this.total = Math.Max(1, total);
    }

    /// <summary>Starts a phase of <paramref name="total"/> steps and reports it at 0.</summary>
    /// <returns>The counter; one that does nothing when <paramref name="target"/> is null.</returns>
    internal static ProgressSteps Start(IProgress<AnalysisProgress>? target, string phase, long total)
    {
        var steps = new ProgressSteps(target, phase, total);
        steps.Report(0);
        return steps;
    }

    /// <summary>Counts <paramref name="steps"/> more steps done.</summary>
    internal void Advance(long steps = 1)
    {
        if (target is not null)
        {
            Report(Interlocked.Add(ref done, steps));
        }
    }

    /// <summary>Reports the phase complete.</summary>
    internal void Complete()
    {
        if (target is not null)
        {
            Interlocked.Exchange(ref done, total);
            Report(total);
        }
    }

    private void Report(long now)
    {
        if (target is null)
        {
            return;
        }

        // One report per percent, in order: the lock is taken about a hundred times per phase, not per step.
        var percent = Math.Min(100, now * 100 / total);
        if (percent <= Volatile.Read(ref lastPercent))
        {
            return;
        }

        lock (gate)
        {
            if (percent > lastPercent)
            {
                Volatile.Write(ref lastPercent, percent);
                target.Report(new AnalysisProgress(phase, Math.Min(now, total), total));
            }
        }
    }
}
