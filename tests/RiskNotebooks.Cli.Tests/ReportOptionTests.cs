namespace RiskNotebooks.Cli.Tests;

/// <summary><c>--report FILE.html</c> on every measuring command: the notebook's card and charts in one offline file.</summary>
public sealed class ReportOptionTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("reid", "Re-identification risk: demo-registry.csv", "Share of records by equivalence-class size")]
    [InlineData("location", "Location risk: traces_100.csv", "Unicity by number of points")]
    [InlineData("assess", "Risk matrix: harm", "Weakest link overall")]
    public void Each_command_writes_its_card_and_charts_to_a_self_contained_file(string command, string card, string chart)
    {
        var path = System.IO.Path.Combine(temp.Path, command + ".html");
        var (code, output, error) = Cli.Run(command, "--report", path);
        Assert.True(code == 0, error);
        Assert.NotEmpty(output);                                // the usual output as well
        var html = File.ReadAllText(path);
        Assert.Contains(card, html);
        Assert.Contains(chart, html);
        Assert.Contains("window.Plotly=Plotly", html);          // plotly.js inlined
        Assert.DoesNotContain("<script src", html, StringComparison.OrdinalIgnoreCase);
        Assert.Single(Directory.GetFiles(temp.Path));           // no temporary file left
    }

    [Fact]
    public void Text_keeps_every_document_for_the_report_heatmap()
    {
        var folder = Directory.CreateDirectory(System.IO.Path.Combine(temp.Path, "notes")).FullName;
        File.WriteAllText(System.IO.Path.Combine(folder, "a.txt"), "Patienten Anna Andersson, 811218-9876, bor i Uppsala.");
        File.WriteAllText(System.IO.Path.Combine(folder, "b.txt"), "Nothing to see here.");
        var path = System.IO.Path.Combine(temp.Path, "text.html");
        var (code, _, error) = Cli.Run("text", folder, "--report", path);
        Assert.True(code == 0, error);
        var html = File.ReadAllText(path);
        Assert.Contains("Personal data per document and category", html);
        Assert.DoesNotContain("811218", html);                  // no text of the documents
        Assert.DoesNotContain("Andersson", html);
        Assert.DoesNotContain(temp.Path, html);                 // names, not paths: the file is shared
        Assert.Contains("Personal data in text: notes", html);
    }

    [Fact]
    public void The_text_report_numbers_documents_instead_of_naming_them()
    {
        // Regression: text --report listed "<name>-interview.txt" next to health and trade union, under a header that
        // promises no record, user or text of the data.
        var folder = Directory.CreateDirectory(System.IO.Path.Combine(temp.Path, "notes")).FullName;
        File.WriteAllText(System.IO.Path.Combine(folder, "anna-svensson-interview.txt"), "Hon har diabetes och är med i facket.");
        File.WriteAllText(System.IO.Path.Combine(folder, "b.txt"), "Nothing to see here.");
        var path = System.IO.Path.Combine(temp.Path, "text.html");
        var (code, _, error) = Cli.Run("text", folder, "--report", path);
        Assert.True(code == 0, error);
        var html = File.ReadAllText(path);
        Assert.DoesNotContain("anna-svensson", html);
        Assert.Contains("document 1", html);
        Assert.Contains("document 2", html);

        var named = System.IO.Path.Combine(temp.Path, "named.html");
        Assert.Equal(0, Cli.Run("text", folder, "--report", named, "--document-names").ExitCode);
        Assert.Contains("anna-svensson-interview.txt", File.ReadAllText(named));
    }

    [Fact]
    public void The_report_of_a_single_text_file_does_not_name_it()
    {
        var file = temp.Write("anna-svensson-interview.txt", "Hon har diabetes.");
        var path = System.IO.Path.Combine(temp.Path, "one.html");
        var (code, _, error) = Cli.Run("text", file, "--report", path);
        Assert.True(code == 0, error);
        var html = File.ReadAllText(path);
        Assert.DoesNotContain("anna-svensson", html);
        Assert.Contains("Personal data in text: one document", html);
    }

    [Fact]
    public void Subsets_of_one_attribute_still_give_the_pair_heatmap()
    {
        var path = System.IO.Path.Combine(temp.Path, "reid.html");
        var (code, _, error) = Cli.Run("reid", "--subsets", "--max-subset-size", "1", "--report", path);
        Assert.True(code == 0, error);
        var html = File.ReadAllText(path);
        Assert.Contains("each pair of quasi-identifiers", html);
        Assert.Contains("birth_date", html);
    }

    [Theory]
    [InlineData("report.pdf")]
    [InlineData("no-such-folder/report.html")]
    public void A_bad_report_path_fails_before_any_work_and_names_the_option(string name)
    {
        var (code, _, error) = Cli.Run("reid", "--report", System.IO.Path.Combine(temp.Path, name));
        Assert.Equal(2, code);
        Assert.Contains("--report", error);
        Assert.Empty(Directory.GetFiles(temp.Path));
    }
}
