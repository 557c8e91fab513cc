namespace RiskNotebooks.Interactive.Tests;

[Collection("kernel")]
public sealed class RiskTextMagicCommandTests
{
    private static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "TestData", "text");

    [Fact]
    public async Task Risk_text_shows_the_corpus_card_and_the_heatmap_but_no_text()
    {
        using var notebook = await NotebookKernel.StartAsync();
        var cell = await notebook.RunAsync($"#!risk-text \"{Corpus}\"");
        cell.AssertSucceeded();
        var html = cell.AllHtml;
        Assert.Contains("Personal data in text", html);
        Assert.Contains("200 documents (100 Swedish, 100 English)", html);
        Assert.Contains("Identified: contains", html);
        Assert.Contains("Personal data per document and category", html);
        Assert.Contains("Plotly.newPlot", html);
        Assert.DoesNotContain("<script src", html, StringComparison.OrdinalIgnoreCase);
        var note = File.ReadAllLines(Path.Combine(Corpus, "sv", "journal-001.txt"))[1];
        Assert.DoesNotContain(note["Patient: ".Length..].Split(',')[0], html);
        Assert.DoesNotContain(note.Split(", ")[1], html);
    }

    [Fact]
    public async Task The_card_and_heatmap_number_documents_unless_document_names_is_given()
    {
        // Regression: the card and the heatmap named each document (journal-001.txt) next to its special categories.
        using var notebook = await NotebookKernel.StartAsync();
        var folder = Path.Combine(Corpus, "sv");
        var numbered = await notebook.RunAsync($"#!risk-text \"{folder}\"");
        numbered.AssertSucceeded();
        Assert.DoesNotContain("journal-001", numbered.AllHtml);
        Assert.Contains("document 1", numbered.AllHtml);
        var named = await notebook.RunAsync($"#!risk-text \"{folder}\" --document-names");
        named.AssertSucceeded();
        Assert.Contains("journal-001", named.AllHtml);
    }

    [Fact]
    public async Task The_report_is_a_csharp_variable_and_the_engine_works_from_csharp()
    {
        using var notebook = await NotebookKernel.StartAsync();
        (await notebook.RunAsync($"#!risk-text \"{Path.Combine(Corpus, "en")}\" --lang en --name notes")).AssertSucceeded();
        var cell = await notebook.RunAsync("notes.Summary.DocumentCount");
        cell.AssertSucceeded();
        Assert.Contains(cell.Events.OfType<Microsoft.DotNet.Interactive.Events.ReturnValueProduced>(), e => Equals(e.Value, 100));

        var direct = await notebook.RunAsync("""
            using RiskNotebooks.Text;
            new TextScanner().Analyze("note", "Patient Anna Svensson, 811218-9876.").Risk.Level.ToString()
            """);
        direct.AssertSucceeded();
        Assert.Contains(direct.Events.OfType<Microsoft.DotNet.Interactive.Events.ReturnValueProduced>(), e => Equals(e.Value, "Identified"));
    }

    [Fact]
    public async Task Redaction_writes_copies_with_a_key_and_fails_without_one()
    {
        using var notebook = await NotebookKernel.StartAsync();
        var work = Directory.CreateTempSubdirectory("risknb-text-").FullName;
        try
        {
            var input = Directory.CreateDirectory(Path.Combine(work, "in")).FullName;
            File.WriteAllText(Path.Combine(input, "a.txt"), "Jag heter Anna Svensson och bor i Umeå.");
            var output = Path.Combine(work, "out");
            var failed = await notebook.RunAsync($"#!risk-text \"{input}\" --redact \"{output}\"");
            Assert.Contains("--key-file", failed.Failure);

            var key = Path.Combine(work, "k.key");
            File.WriteAllBytes(key, Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
            (await notebook.RunAsync($"#!risk-text \"{input}\" --redact \"{output}\" --key-file \"{key}\"")).AssertSucceeded();
            Assert.Matches(@"^Jag heter \[PERSON-[0-9a-f]{10}\] och bor i \[LOCATION-[0-9a-f]{10}\]\.$", File.ReadAllText(Path.Combine(output, "a.txt")));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
