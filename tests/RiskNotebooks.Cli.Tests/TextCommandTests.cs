using System.Text.Json;

namespace RiskNotebooks.Cli.Tests;

public sealed class TextCommandTests : IDisposable
{
    private static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "TestData", "text");
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private string Key()
    {
        var path = Path.Combine(temp.Path, "redaction.key");
        File.WriteAllBytes(path, Enumerable.Range(0, 32).Select(i => (byte)(i * 7)).ToArray());
        return path;
    }

    [Fact]
    public void The_table_shows_each_document_and_the_summary_but_no_text()
    {
        var (code, output, error) = Cli.Run("text", Corpus);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("document 101", output);              // documents by number unless --document-names
        Assert.DoesNotContain("interview-001", output);
        Assert.Contains("200 documents (100 Swedish, 100 English)", output);
        Assert.Contains("identified", output);
        Assert.Contains("with special categories", output);
        var document = File.ReadAllText(Path.Combine(Corpus, "sv", "journal-001.txt"));
        var patient = document.Split('\n')[1]["Patient: ".Length..].Split(',')[0];
        Assert.DoesNotContain(patient, output);
        Assert.DoesNotContain(document.Split('\n')[1].Split(", ")[1], output);
    }

    [Fact]
    public void Json_gives_each_documents_findings_as_utf16_spans_and_its_risk()
    {
        var file = temp.Write("note.txt", "Ångest 😀. Patient Anna Svensson, 811218-9876, bor i Umeå.");
        var (code, output, _) = Cli.Run("text", file, "--format", "json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var document = json.RootElement.GetProperty("documents")[0];
        Assert.Equal("document 1", document.GetProperty("document").GetString());
        Assert.Equal(1, document.GetProperty("number").GetInt32());
        Assert.Equal("sv", document.GetProperty("language").GetString());
        var text = File.ReadAllText(file);
        var findings = document.GetProperty("findings").EnumerateArray().ToList();
        var pnr = findings.Single(f => f.GetProperty("type").GetString() == "personnummer");
        Assert.Equal("811218-9876", text[pnr.GetProperty("start").GetInt32()..pnr.GetProperty("end").GetInt32()]);
        Assert.True(pnr.GetProperty("confidence").GetDouble() > 0.9);
        Assert.Equal("personnummer", pnr.GetProperty("rule").GetString());
        Assert.Contains(findings, f => f.GetProperty("type").GetString() == "person");
        Assert.Contains(findings, f => f.GetProperty("type").GetString() == "location");
        Assert.Contains(findings, f => f.GetProperty("type").GetString() == "health");
        var risk = document.GetProperty("risk");
        Assert.Equal("identified", risk.GetProperty("level").GetString());
        Assert.StartsWith("Identified", risk.GetProperty("reason").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("documents").GetInt32());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("evaluation").ValueKind);
    }

    [Fact]
    public void Document_names_appear_only_with_document_names()
    {
        // Regression: a file named after its subject was printed next to its special categories.
        var folder = Directory.CreateDirectory(Path.Combine(temp.Path, "in")).FullName;
        File.WriteAllText(Path.Combine(folder, "anna-svensson-interview.txt"), "Hon har diabetes och är med i facket.");
        var table = Cli.Run("text", folder);
        var json = Cli.Run("text", folder, "--format", "json");
        Assert.True(table.ExitCode == 0 && json.ExitCode == 0, table.Error + json.Error);
        Assert.DoesNotContain("anna-svensson", table.Output);
        Assert.DoesNotContain("anna-svensson", json.Output);
        Assert.Contains("document 1", table.Output);
        var named = Cli.Run("text", folder, "--document-names", "--format", "json");
        using var document = JsonDocument.Parse(named.Output);
        Assert.Equal(Path.Combine(folder, "anna-svensson-interview.txt"), document.RootElement.GetProperty("documents")[0].GetProperty("document").GetString());
        Assert.Contains("anna-svensson-interview.txt", Cli.Run("text", folder, "--document-names").Output);
    }

    [Fact]
    public void One_document_is_counted_in_the_singular()
    {
        // Regression: "1 documents".
        var file = temp.Write("note.txt", "Inget här.");
        var (code, output, error) = Cli.Run("text", file);
        Assert.True(code == 0, error);
        Assert.Contains("  1 document (", output);
        Assert.DoesNotContain("1 documents", output);
    }

    [Fact]
    public void Labels_add_precision_and_recall()
    {
        var (code, output, _) = Cli.Run("text", Corpus, "--labels", Path.Combine(Corpus, "labels.jsonl"), "--format", "json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var entities = json.RootElement.GetProperty("evaluation").GetProperty("entities").EnumerateArray().ToList();
        var pnr = entities.Single(e => e.GetProperty("type").GetString() == "personnummer");
        Assert.True(pnr.GetProperty("recall").GetDouble() >= 0.99);
        var table = Cli.Run("text", Corpus, "--labels", Path.Combine(Corpus, "labels.jsonl")).Output;
        Assert.Contains("precision", table);
    }

    [Fact]
    public void Redaction_writes_tagged_copies_and_span_files_and_leaves_the_originals()
    {
        var input = Path.Combine(temp.Path, "in");
        Directory.CreateDirectory(input);
        var original = "Jag heter Anna Svensson, 811218-9876. Anna bor i Umeå.";
        File.WriteAllText(Path.Combine(input, "a.txt"), original);
        var output = Path.Combine(temp.Path, "out");
        var (code, stdout, error) = Cli.Run("text", input, "--redact", output, "--key-file", Key());
        Assert.True(code == 0, error);
        Assert.Equal(original, File.ReadAllText(Path.Combine(input, "a.txt")));
        var redacted = File.ReadAllText(Path.Combine(output, "a.txt"));
        var match = System.Text.RegularExpressions.Regex.Match(redacted, @"^Jag heter (\[PERSON-[0-9a-f]{10}\]), \[PERSONNUMMER-[0-9a-f]{10}\]\. (\[PERSON-[0-9a-f]{10}\]) bor i \[LOCATION-[0-9a-f]{10}\]\.$");
        Assert.True(match.Success, redacted);
        Assert.Equal(match.Groups[1].Value, match.Groups[2].Value);
        Assert.True(File.Exists(Path.Combine(output, "a.spans.json")));
        Assert.Contains("distinct values replaced: person 1, personnummer 1, location 1", stdout);
    }

    [Theory]
    [InlineData("--redact", "--key-file")]
    [InlineData("--key-file", "--key-file")]
    public void Redaction_options_come_together(string given, string named)
    {
        var file = temp.Write("a.txt", "Anna Svensson");
        var value = given == "--redact" ? Path.Combine(temp.Path, "out") : Key();
        var (code, _, error) = Cli.Run("text", file, given, value);
        Assert.Equal(2, code);
        Assert.Contains(named, error);
    }

    [Fact]
    public void A_short_key_and_an_output_folder_inside_the_input_are_errors_without_values()
    {
        var input = Path.Combine(temp.Path, "in");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "a.txt"), "811218-9876");
        var key = temp.Write("short.key", "secret123");
        var (code, _, error) = Cli.Run("text", input, "--redact", Path.Combine(temp.Path, "out"), "--key-file", key);
        Assert.Equal(2, code);
        Assert.Contains("--key-file", error);
        Assert.DoesNotContain("secret123", error);
        (code, _, error) = Cli.Run("text", input, "--redact", Path.Combine(input, "out"), "--key-file", Key());
        Assert.Equal(2, code);
        Assert.Contains("--redact", error);
        Assert.False(Directory.Exists(Path.Combine(input, "out")));
    }

    [Fact]
    public void A_missing_path_and_a_bad_language_are_usage_errors()
    {
        Assert.Equal(2, Cli.Run("text", Path.Combine(temp.Path, "none")).ExitCode);
        Assert.Equal(2, Cli.Run("text", temp.Path, "--lang", "fi").ExitCode);
        Assert.Equal(2, Cli.Run("text", temp.Path, "--min-confidence", "2").ExitCode);
    }

    [Fact]
    public void A_file_named_without_a_folder_is_read_from_the_working_directory()
    {
        temp.Write("note.txt", "Patient Anna Svensson, 811218-9876.");
        var previous = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = temp.Path;
            var (code, output, error) = Cli.Run("text", "note.txt");
            Assert.True(code == 0, error);
            Assert.Contains("note.txt", output);
            Assert.Contains("identified", output);
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }

    [Fact]
    public void The_language_can_be_forced()
    {
        var file = temp.Write("a.txt", "Han är same.");
        var sv = Cli.Run("text", file, "--lang", "sv", "--format", "json").Output;
        var en = Cli.Run("text", file, "--lang", "en", "--format", "json").Output;
        Assert.Contains("ethnic-origin", sv);
        Assert.DoesNotContain("\"ethnic-origin\"", en);
    }

    [Fact]
    public void Generate_text_is_deterministic_and_writes_labels()
    {
        var a = Path.Combine(temp.Path, "a");
        var b = Path.Combine(temp.Path, "b");
        Assert.Equal(0, Cli.Run("generate", "text", "--documents", "8", "--seed", "3", "--output", a).ExitCode);
        Assert.Equal(0, Cli.Run("generate", "text", "--documents", "8", "--seed", "3", "-o", b).ExitCode);
        Assert.Equal(File.ReadAllBytes(Path.Combine(a, "labels.jsonl")), File.ReadAllBytes(Path.Combine(b, "labels.jsonl")));
        Assert.Equal(File.ReadAllText(Path.Combine(a, "en", "clinical-note-002.txt")), File.ReadAllText(Path.Combine(b, "en", "clinical-note-002.txt")));
        Assert.Equal(2, Cli.Run("generate", "text", "--documents", "0", "-o", a).ExitCode);
    }
}
