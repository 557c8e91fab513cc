using System.Diagnostics;
using System.Globalization;

namespace RiskNotebooks.Cli;

/// <summary>
/// A progress bar on standard error for a person watching a terminal: one line redrawn in place, at most ten times a
/// second, with the phase's name and a percentage only, never a value of the data. Only made when standard error is a
/// terminal (see <see cref="ProgressDisplay"/>), so redirected output never holds it.
/// </summary>
internal sealed class TerminalProgress : IProgress<AnalysisProgress>, IDisposable
{
    private const int Width = 30;
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);
    private readonly TextWriter error;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly Lock gate = new();
    private TimeSpan lastDrawn;
    private string? lastPhase;
    private int lineLength;

    internal TerminalProgress(TextWriter error) => this.error = error;

    /// <inheritdoc/>
    public void Report(AnalysisProgress value)
    {
        lock (gate)
        {
            var now = clock.Elapsed;
            if (value.Phase == lastPhase && value.Done < value.Total && now - lastDrawn < Interval)
            {
                return;
            }

            lastPhase = value.Phase;
            lastDrawn = now;
            var line = Line(value);
            error.Write("\r" + line.PadRight(lineLength));
            error.Flush();
            lineLength = line.Length;
        }
    }

    /// <summary>Clears the bar's line, so that what follows starts on a clean line.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            if (lineLength > 0)
            {
                error.Write("\r" + new string(' ', lineLength) + "\r");
                error.Flush();
                lineLength = 0;
            }
        }
    }

    /// <summary>The bar's text, such as <c>unicity [#########.....] 64%</c>.</summary>
    internal static string Line(AnalysisProgress value)
    {
        var filled = (int)Math.Round(value.Fraction * Width);
        return $"{value.Phase} [{new string('#', filled)}{new string('.', Width - filled)}] {value.Fraction.ToString("0%", CultureInfo.InvariantCulture)}";
    }
}
