using RiskNotebooks.Data;
using RiskNotebooks.Registry;
using RiskNotebooks.Reporting.Html;

namespace RiskNotebooks.Reporting.Tests.Html;

public sealed class HtmlTests
{
    [Fact]
    public void Plotly_is_embedded_and_defines_the_global_even_under_require_js()
    {
        var script = PlotlyJs.ScriptElement();
        Assert.StartsWith("<script type=\"text/javascript\">(function(){var define=undefined,module=undefined,exports=undefined;", script);
        Assert.Contains("plotly.js v" + PlotlyJs.Version, script);
        Assert.Contains("window.Plotly=Plotly", script);
        Assert.True(script.Length > 3_000_000);
        Assert.DoesNotContain("<script src", script, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(0.9998, "99.98%")]
    [InlineData(0.5, "50.0%")]
    [InlineData(1.0, "100.0%")]
    [InlineData(0.0, "0.0%")]
    [InlineData(0.00002, "0.002%")]
    [InlineData(0.999999999, "> 99.99%")]
    public void Percentages_never_round_to_all_or_nothing(double share, string expected)
        => Assert.Equal(expected, HtmlText.Percent(share));

    [Fact]
    public void The_card_shows_aggregates_and_no_values()
    {
        var table = Table.FromRows("t.csv", ["pnr", "sex"], [["19121212-1212", "F"], ["19850709-9805", "M"], ["20000101-0008", "M"]]);
        var report = ReidentificationAnalysis.Run(table, new ReidentificationOptions { QuasiIdentifiers = ["sex"] });
        var html = ReidentificationCard.ToHtml(report);
        Assert.Contains("k = 1", html);
        Assert.Contains("100.0% of records at risk", html);   // classes of 1 and 2: every risk is above 0.2
        Assert.Contains("33.3% unique in the sample", html);
        Assert.DoesNotContain("19121212", html);
        Assert.DoesNotContain(">F<", html);
    }

    [Fact]
    public void The_table_summary_names_direct_identifiers_without_showing_them()
    {
        var table = Table.FromRows("t.csv", ["pnr", "sex"], [["19121212-1212", "F"], ["19850709-9805", "M"], ["20000101-0008", "M"]]);
        var html = TableSummary.ToHtml("t", table, ColumnProfiler.Profile(table));
        Assert.Contains("Direct identifiers: pnr", html);
        Assert.DoesNotContain("1212", html);
    }
}
