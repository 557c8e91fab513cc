using System.Text.Json;

namespace RiskNotebooks.Cli.Tests;

public sealed class CatalogueCommandTests
{
    [Fact]
    public void Without_a_type_it_lists_every_entry()
    {
        var (code, output, error) = Cli.Run("catalogue");
        Assert.True(code == 0, error);
        Assert.Contains("whole-genome", output, StringComparison.Ordinal);
        Assert.Contains("gut-microbiome", output, StringComparison.Ordinal);
        Assert.Contains("reference-protein-sequence", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_by_alias_shows_its_verdict_evidence_and_sources()
    {
        var (code, output, error) = Cli.Run("catalogue", "rna-seq");
        Assert.True(code == 0, error);
        Assert.Contains("(rnaseq-reads)", output, StringComparison.Ordinal);
        Assert.Contains("Sources", output, StringComparison.Ordinal);
        Assert.Contains("doi:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_has_the_entry_with_its_sources()
    {
        var (code, output, error) = Cli.Run("catalogue", "wgs", "--format", "json");
        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("whole-genome", json.RootElement.GetProperty("id").GetString());
        Assert.Equal("10.1126/science.1229566", json.RootElement.GetProperty("evidence")[0].GetProperty("source").GetProperty("doi").GetString());
    }

    [Fact]
    public void An_unknown_type_exits_2_and_lists_the_entries()
    {
        var (code, _, error) = Cli.Run("catalogue", "horoscope");
        Assert.Equal(2, code);
        Assert.Contains("TYPE", error, StringComparison.Ordinal);
        Assert.Contains("whole-genome", error, StringComparison.Ordinal);
    }
}
