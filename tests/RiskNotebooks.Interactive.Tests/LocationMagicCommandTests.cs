namespace RiskNotebooks.Interactive.Tests;

[Collection("kernel")]
public sealed class LocationMagicCommandTests
{
    private static readonly string Traces = Path.Combine(AppContext.BaseDirectory, "TestData", "mobility", "traces_100.csv");
    private static readonly string Tiny = Path.Combine(AppContext.BaseDirectory, "TestData", "mobility", "traces_tiny50.csv");

    [Fact]
    public async Task Risk_location_shows_the_card_the_unicity_curve_and_the_map_offline()
    {
        using var notebook = await NotebookKernel.StartAsync();
        var cell = await notebook.RunAsync($"#!risk-location \"{Traces}\" --points 1..4");
        cell.AssertSucceeded();
        var html = cell.AllHtml;
        Assert.Contains("Location risk: traces_100.csv", html);
        Assert.Contains("of users are singled out by <b>4</b> points", html);
        Assert.Contains("Unicity by number of points", html);
        Assert.Contains("Where the risk is", html);
        Assert.Contains("Plotly.newPlot", html);
        Assert.Single(cell.Html, h => h.Contains("window.Plotly=Plotly", StringComparison.Ordinal));
        Assert.DoesNotContain("<script src", html, StringComparison.OrdinalIgnoreCase);
        // No basemap: no map trace (Plotly.NET's default template only names a mapbox style) and no address to fetch.
        var figures = System.Text.RegularExpressions.Regex.Matches(html, @"var figure = (\{.*?\});\n").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, figures.Count);
        Assert.All(figures, f =>
        {
            var types = System.Text.Json.Nodes.JsonNode.Parse(f)!["data"]!.AsArray().Select(t => (string?)t!["type"]).ToList();
            Assert.All(types, t => Assert.Contains(t, new[] { "scatter", "heatmap" }));
            Assert.DoesNotContain("http", f, StringComparison.OrdinalIgnoreCase);
        });
        Assert.Contains("\"type\":\"heatmap\"", figures[1]);
        Assert.DoesNotContain("45.572500", html); // no record's coordinates
    }

    [Fact]
    public async Task The_grid_heatmap_attacks_and_variables_follow_the_options()
    {
        using var notebook = await NotebookKernel.StartAsync();
        (await notebook.RunAsync($"#!risk-location \"{Tiny}\" --points 2")).AssertSucceeded();
        // Without a path the traces loaded last are measured again, here coarser and with attacks.
        var cell = await notebook.RunAsync("#!risk-location --temporal 4h --points 1,2 --grid --grid-spatial raw,2km --grid-temporal hour,day --grid-points 2 --attack home-work,location --compat skmob --name location");
        cell.AssertSucceeded();
        var html = cell.AllHtml;
        Assert.Contains("Unicity with 2 points by resolution", html);
        Assert.Contains("actual numbers", html);
        Assert.Contains("home-work", html);
        Assert.Contains("<b>raw</b> × <b>4h</b>", html);

        // scikit-mobility's numbers exist only for its exact coordinates.
        var coarse = await notebook.RunAsync("#!risk-location --spatial 2km --attack home-work --compat skmob");
        Assert.Contains("--spatial raw only", coarse.Failure);

        var variable = await notebook.RunAsync("location.Attacks.Count * 1000 + location.UserCount");
        variable.AssertSucceeded();
        Assert.Contains(variable.Events.OfType<Microsoft.DotNet.Interactive.Events.ReturnValueProduced>(), e => Equals(e.Value, 2050));
    }

    [Fact]
    public async Task The_engine_works_from_csharp_and_the_report_has_a_formatter()
    {
        using var notebook = await NotebookKernel.StartAsync();
        var cell = await notebook.RunAsync($$"""
            using RiskNotebooks.Location;
            var traces = TraceReader.Load(@"{{Tiny}}");
            LocationRiskAnalysis.Run(traces, new LocationRiskOptions { Unicity = new UnicityOptions { Points = [2] } })
            """);
        cell.AssertSucceeded();
        Assert.Contains("Location risk: traces_tiny50.csv", cell.AllHtml);
    }

    [Fact]
    public async Task Errors_name_the_option_or_the_line()
    {
        using var notebook = await NotebookKernel.StartAsync();
        Assert.Contains("no traces loaded yet", (await notebook.RunAsync("#!risk-location")).Failure);
        Assert.Contains("--spatial", (await notebook.RunAsync($"#!risk-location \"{Tiny}\" --spatial far")).Failure);
        Assert.Contains("--attack", (await notebook.RunAsync($"#!risk-location \"{Tiny}\" --attack teleport")).Failure);
        Assert.Contains("does not exist", (await notebook.RunAsync("#!risk-location /nowhere/traces.csv")).Failure);
    }

    [Fact]
    public async Task Help_lists_risk_location()
    {
        using var notebook = await NotebookKernel.StartAsync();
        var cell = await notebook.RunAsync("#!risk-help");
        Assert.Contains("#!risk-location", cell.AllHtml);
    }
}
