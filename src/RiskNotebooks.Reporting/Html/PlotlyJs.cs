using System.Reflection;

namespace RiskNotebooks.Reporting.Html;

/// <summary>
/// plotly.js, embedded: the copy that Plotly.NET ships as a resource. Nothing is ever loaded from a CDN, so charts render
/// on air-gapped machines.
/// </summary>
public static class PlotlyJs
{
    private const string ResourceName = "Plotly.NET.plotly-2.28.0.min.js";
    private static readonly Lazy<string> Source = new(Load);

    /// <summary>The plotly.js version embedded.</summary>
    public const string Version = "2.28.0";

    /// <summary>The minified library.</summary>
    public static string Library => Source.Value;

    /// <summary>
    /// A <c>script</c> element that defines <c>window.Plotly</c>. The library is wrapped so that its UMD loader does not
    /// register it with a page's require.js (as classic Jupyter has) instead of defining the global.
    /// </summary>
    /// <returns>The element.</returns>
    public static string ScriptElement()
        => "<script type=\"text/javascript\">(function(){var define=undefined,module=undefined,exports=undefined;\n"
           + Library.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase)
           + "\nif(typeof window!=='undefined'&&typeof Plotly!=='undefined'){window.Plotly=Plotly;}})();</script>";

    private static string Load()
    {
        var assembly = typeof(Plotly.NET.GenericChart).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Plotly.NET no longer embeds {ResourceName}; update {nameof(PlotlyJs)}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
