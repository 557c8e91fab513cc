using RiskNotebooks.Reporting.Html;

namespace RiskNotebooks.Kernel.Display;

/// <summary>What the display remembers for one kernel session (one notebook): whether plotly.js has been sent yet.</summary>
public sealed class DisplaySession
{
    private int plotlySent;

    /// <summary>Whether plotly.js has been sent in this session.</summary>
    public bool PlotlyJsSent => Volatile.Read(ref plotlySent) == 1;

    /// <summary>
    /// The inlined plotly.js <c>script</c> element the first time it is asked for in the session, and an empty string
    /// afterwards: charts put it before their fragment, so the library goes out once, never from a CDN.
    /// </summary>
    /// <returns>The script element, or an empty string.</returns>
    public string PlotlyJsOnce()
        => Interlocked.Exchange(ref plotlySent, 1) == 0 ? PlotlyJs.ScriptElement() : string.Empty;
}
