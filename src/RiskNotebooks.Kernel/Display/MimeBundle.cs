namespace RiskNotebooks.Kernel.Display;

/// <summary>
/// One displayable value as Jupyter sends it: MIME type to representation, always with <c>text/plain</c>. A JSON MIME type
/// (<c>application/json</c>, <c>application/*+json</c>) holds the JSON text; the kernel sends it as a JSON value.
/// </summary>
public sealed class MimeBundle
{
    /// <summary>The plain-text MIME type, present in every bundle.</summary>
    public const string PlainText = "text/plain";

    /// <summary>The HTML MIME type.</summary>
    public const string Html = "text/html";

    /// <summary>The MIME type of a plotly.js figure (data and layout), drawn by VS Code's notebook renderers.</summary>
    public const string PlotlyJson = "application/vnd.plotly.v1+json";

    /// <summary>Creates a bundle.</summary>
    /// <param name="data">MIME type to representation; must contain <c>text/plain</c>.</param>
    /// <exception cref="ArgumentException">There is no <c>text/plain</c> representation.</exception>
    public MimeBundle(IReadOnlyDictionary<string, string> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!data.ContainsKey(PlainText))
        {
            throw new ArgumentException("a MIME bundle needs a text/plain representation.", nameof(data));
        }

        Data = new Dictionary<string, string>(data, StringComparer.Ordinal);
    }

    /// <summary>MIME type to representation.</summary>
    public IReadOnlyDictionary<string, string> Data { get; }

    /// <summary>The plain-text representation.</summary>
    public string Text => Data[PlainText];

    /// <summary>A plain-text bundle.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The bundle.</returns>
    public static MimeBundle FromText(string text) => new(new Dictionary<string, string> { [PlainText] = text });

    /// <summary>An HTML bundle with its plain-text fallback.</summary>
    /// <param name="html">The HTML fragment.</param>
    /// <param name="text">What a client without HTML shows.</param>
    /// <returns>The bundle.</returns>
    public static MimeBundle FromHtml(string html, string text) => new(new Dictionary<string, string> { [Html] = html, [PlainText] = text });

    /// <summary>Whether a MIME type carries JSON (sent as a JSON value, not a string).</summary>
    /// <param name="mimeType">The MIME type.</param>
    /// <returns>True for <c>application/json</c> and <c>*+json</c>.</returns>
    public static bool IsJson(string mimeType)
        => mimeType == "application/json" || mimeType.EndsWith("+json", StringComparison.Ordinal);
}
