using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Plotly.NET;

namespace RiskNotebooks.Reporting.Charts;

/// <summary>A chart of where the risk sits, built with Plotly.NET, rendered as HTML without any network access.</summary>
public sealed class RiskChart
{
    private static int counter;

    private readonly string? xTitle;
    private readonly string? yTitle;
    private readonly bool stacked;
    private readonly Action<JsonObject>? layout;
    private readonly Action<JsonObject>? adjust;
    private static readonly List<(DynamicObj.DynamicObj Template, string Json)> TemplateJsons = [];
    private string? figureJson;

    internal RiskChart(string kind, string title, string explanation, GenericChart chart, string? xTitle = null, string? yTitle = null, bool stacked = false, Action<JsonObject>? layout = null, Action<JsonObject>? adjust = null)
    {
        this.layout = layout;
        this.adjust = adjust;
        this.xTitle = xTitle;
        this.yTitle = yTitle;
        this.stacked = stacked;
        Kind = kind;
        Title = title;
        Explanation = explanation;
        Chart = chart;
    }

    /// <summary>The height of the chart in pixels.</summary>
    public const int Height = 480;

    /// <summary>
    /// The kind of chart: <c>qi-pairs</c>, <c>subsets</c>, <c>classes</c>; for location, <c>unicity-points</c>,
    /// <c>unicity-grid</c>, <c>place-risk-map</c>.
    /// </summary>
    public string Kind { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>What the chart shows and how to read it.</summary>
    public string Explanation { get; }

    /// <summary>The Plotly.NET chart, for further styling.</summary>
    public GenericChart Chart { get; }

    /// <summary>The figure (data and layout) as plotly.js JSON, made once per chart (see <see cref="MakeFigureJson"/>).</summary>
    /// <returns>The JSON, with the title and axis titles set.</returns>
    public string ToFigureJson()
    {
        var made = Volatile.Read(ref figureJson);
        if (made is null)
        {
            made = MakeFigureJson();
            Volatile.Write(ref figureJson, made);
        }

        return made;
    }

    /// <summary>
    /// Serialises a small chart once, so that the first chart a session shows is not slowed by Plotly.NET's first
    /// serialisation of the default template (about 0.8 s on 2 cores). Our kernel calls it in the background at the first
    /// magic command of a session.
    /// </summary>
    public static void WarmUp()
    {
        var histogram = new RiskNotebooks.Registry.ClassSizeHistogram([new KeyValuePair<int, long>(1, 1), new KeyValuePair<int, long>(3, 1)]);
        _ = RiskCharts.Classes(histogram, 0.2).ToHtmlFragment();
    }

    /// <summary>The figure as Plotly.NET serialises it whole (template included): what <see cref="ToFigureJson"/> must equal.</summary>
    /// <returns>The JSON.</returns>
    internal string ToFigureJsonThroughPlotly() => Finish(JsonNode.Parse(GenericChart.toFigureJson(Chart))!.AsObject());

    /// <summary>
    /// The figure JSON, fast: Plotly.NET spends nearly all of its ~80-300 ms per chart serialising the layout's template
    /// (~8 KB, the same for every chart), so the chart is serialised without it (under a millisecond) and the template's
    /// JSON, made once per distinct template, is put back. Equal to <see cref="ToFigureJsonThroughPlotly"/> (tested).
    /// </summary>
    private string MakeFigureJson()
    {
        var layout = GenericChart.getLayout(Chart);
        var template = layout.TryGetPropertyValue("template");
        if (template is null)
        {
            return Finish(JsonNode.Parse(GenericChart.toFigureJson(Chart))!.AsObject());
        }

        if (template.Value is not DynamicObj.DynamicObj templateObject)
        {
            return Finish(JsonNode.Parse(GenericChart.toFigureJson(Chart))!.AsObject());
        }

        var templateJson = KnownTemplateJson(templateObject);
        if (templateJson is null)
        {
            var whole = JsonNode.Parse(GenericChart.toFigureJson(Chart))!.AsObject();
            lock (TemplateJsons)
            {
                if (TemplateJsons.Count < 8)
                {
                    TemplateJsons.Add((templateObject, whole["layout"]?["template"]?.ToJsonString() ?? "{}"));
                }
            }

            return Finish(whole);
        }

        var withoutTemplate = new Layout();
        layout.ShallowCopyDynamicPropertiesTo(withoutTemplate, null);
        withoutTemplate.RemoveProperty("template");
        var figure = JsonNode.Parse(GenericChart.toFigureJson(GenericChart.setLayout(withoutTemplate, Chart)))!.AsObject();
        if (figure["layout"] is JsonObject stripped)
        {
            stripped["template"] = JsonNode.Parse(templateJson);
        }

        return Finish(figure);
    }

    /// <summary>
    /// The JSON of a template equal in structure to one serialised before (each chart holds its own copy of Plotly.NET's
    /// default template: comparing takes ~4 ms, serialising it ~80-300 ms), or null.
    /// </summary>
    private static string? KnownTemplateJson(DynamicObj.DynamicObj template)
    {
        (DynamicObj.DynamicObj Template, string Json)[] known;
        lock (TemplateJsons)
        {
            known = [.. TemplateJsons];
        }

        foreach (var (candidate, json) in known)
        {
            if (ReferenceEquals(candidate, template) || candidate.StructurallyEquals(template))
            {
                return json;
            }
        }

        return null;
    }

    private string Finish(JsonObject figure)
    {
        var layout = figure["layout"] as JsonObject ?? [];
        figure["layout"] = layout;
        layout["title"] = new JsonObject { ["text"] = Title };
        if (xTitle is not null)
        {
            (layout["xaxis"] ??= new JsonObject())["title"] = new JsonObject { ["text"] = xTitle };
        }

        if (yTitle is not null)
        {
            (layout["yaxis"] ??= new JsonObject())["title"] = new JsonObject { ["text"] = yTitle };
        }

        if (stacked)
        {
            layout["barmode"] = "stack";
        }

        if (this.layout is not null)
        {
            layout["xaxis"] ??= new JsonObject();
            layout["yaxis"] ??= new JsonObject();
            this.layout(layout);
        }

        // Plotly.NET's default 600 x 600 would spill out of the box the chart is drawn in: fill its width, fix its height.
        layout.Remove("width");
        layout["height"] = Height;
        layout["autosize"] = true;
        adjust?.Invoke(figure);
        figure.Remove("frames");
        return figure.ToJsonString();
    }

    /// <summary>
    /// An HTML fragment: a div and a script that draws the chart with <c>window.Plotly</c>, waiting for it if the library is
    /// still loading. Put <see cref="Html.PlotlyJs.ScriptElement"/> once before it on the page (the notebook extension
    /// does so once per session).
    /// </summary>
    /// <returns>The fragment.</returns>
    public string ToHtmlFragment()
    {
        var id = "risknb-chart-" + Interlocked.Increment(ref counter).ToString(CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];
        var figure = ToFigureJson().Replace("</", "<\\/", StringComparison.Ordinal);
        return $$"""
            <div class="risknb-chart">
            <div id="{{id}}" style="width:100%;max-width:900px;height:{{Height}}px;"></div>
            <p style="font-size:90%;color:#555;max-width:900px">{{WebUtility.HtmlEncode(Explanation)}}</p>
            <script type="text/javascript">
            (function(){
              var figure = {{figure}};
              var tries = 0;
              function draw(){
                var el = document.getElementById('{{id}}');
                if (el && typeof window.Plotly !== 'undefined') { window.Plotly.newPlot(el, figure.data, figure.layout, {responsive: true, displaylogo: false}); return; }
                if (tries++ < 100) { setTimeout(draw, 100); }
                else if (el) { el.innerText = 'plotly.js is not loaded on this page: run RiskNotebooks.Reporting.Html.PlotlyJs.ScriptElement() (or re-run the first chart cell).'; }
              }
              draw();
            })();
            </script>
            </div>
            """;
    }

    /// <summary>A self-contained HTML document with plotly.js inlined, for a report file.</summary>
    /// <returns>The document.</returns>
    public string ToStandaloneHtml()
        => $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(Title)}</title>{Html.PlotlyJs.ScriptElement()}</head><body>{ToHtmlFragment()}</body></html>";
}
