using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using RiskNotebooks.Text;
using RiskNotebooks.Text.Redaction;

namespace RiskNotebooks.Tests.Text;

public sealed class RedactionTests
{
    private static readonly RedactionKey Key = RedactionKey.FromBytes(Encoding.ASCII.GetBytes("0123456789abcdef0123456789abcdef"));

    private static string Redact(TextRedactor redactor, string text, out IReadOnlyList<RedactedSpan> spans)
        => redactor.Redact(text, new TextScanner().Find(text, TextLanguage.Swedish), TextLanguage.Swedish, out spans);

    [Fact]
    public void The_same_value_gets_the_same_tag_across_documents_and_written_forms()
    {
        using var redactor = new TextRedactor(Key);
        var a = Redact(redactor, "Patient Anna Svensson, 811218-9876, tel 070-123 45 67.", out _);
        var b = Redact(redactor, "Samma person: 19811218-9876. Ring +46 70 123 45 67. Erik Holm var med.", out _);
        Assert.Equal("Patient [PERSON-1], [PERSONNUMMER-1], tel [PHONE-1].", a);
        Assert.Equal("Samma person: [PERSONNUMMER-1]. Ring [PHONE-1]. [PERSON-2] var med.", b);
        Assert.Equal(2, redactor.TagCount(EntityType.Person));
    }

    [Fact]
    public void A_first_name_after_the_full_name_in_a_document_is_the_same_person()
    {
        using var redactor = new TextRedactor(Key);
        var text = Redact(redactor, "Jag heter Anna Svensson. Min bror Erik kom. Anna ringde sen, och Annas hund skällde.", out _);
        Assert.Equal("Jag heter [PERSON-1]. Min bror [PERSON-2] kom. [PERSON-1] ringde sen, och [PERSON-1] hund skällde.", text);
    }

    [Fact]
    public void Spans_give_offsets_in_the_original_and_in_the_redacted_text()
    {
        using var redactor = new TextRedactor(Key);
        var original = "Ring 070-123 45 67 eller mejla anna@example.se.";
        var redacted = Redact(redactor, original, out var spans);
        foreach (var span in spans)
        {
            Assert.Equal(span.Tag, redacted[(int)span.RedactedStart..(int)span.RedactedEnd]);
            Assert.NotEqual(span.Tag, original[(int)span.Start..(int)span.End]);
        }

        Assert.Equal(["phone", "email"], spans.Select(s => EntityTypes.NameOf(s.Type)));
    }

    [Fact]
    public void Pseudonyms_are_keyed_not_plain_hashes()
    {
        using var one = new TextRedactor(Key);
        using var other = new TextRedactor(RedactionKey.FromBytes(Encoding.ASCII.GetBytes("another key, sixteen bytes or more")));
        Redact(one, "811218-9876", out var a);
        Redact(other, "811218-9876", out var b);
        Assert.NotEqual(a[0].Pseudonym, b[0].Pseudonym);
        Assert.Equal(a[0].Tag, b[0].Tag);

        // Neither is the SHA-256 of the number in any form an attacker would try.
        foreach (var guess in new[] { "8112189876", "811218-9876", "198112189876", "personnummer\u001f8112189876" })
        {
            Assert.DoesNotContain(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(guess)))[..32], a[0].Pseudonym);
        }

        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.ASCII.GetBytes("0123456789abcdef0123456789abcdef"), Encoding.UTF8.GetBytes("personnummer\u001f8112189876")))[..32];
        Assert.Equal(expected, a[0].Pseudonym);
    }

    [Fact]
    public void Special_category_terms_are_kept_by_default()
    {
        using var redactor = new TextRedactor(Key);
        Assert.Equal("[PERSON-1] har diabetes.", Redact(redactor, "Anna Svensson har diabetes.", out _));
    }

    [Fact]
    public void A_short_or_missing_key_file_is_an_option_error_that_shows_no_key()
    {
        using var temp = new TempFiles();
        var shortKey = temp.Write("short.key", "tooshort\n");
        var e = Assert.Throws<InvalidOptionException>(() => RedactionKey.FromFile(shortKey));
        Assert.Equal("--key-file", e.OptionName);
        Assert.DoesNotContain("tooshort", e.Message);
        Assert.Equal("--key-file", Assert.Throws<InvalidOptionException>(() => RedactionKey.FromFile(Path.Combine(temp.Folder, "none.key"))).OptionName);
        var typed = temp.Write("typed.key", "0123456789abcdef0123456789abcdef\n");
        using var withNewline = new TextRedactor(RedactionKey.FromFile(typed));
        using var plain = new TextRedactor(Key);
        Redact(withNewline, "811218-9876", out var x);
        Redact(plain, "811218-9876", out var y);
        Assert.Equal(y[0].Pseudonym, x[0].Pseudonym);
    }

    [Fact]
    public void Redacting_a_folder_writes_copies_and_spans_atomically_and_leaves_the_originals_alone()
    {
        using var temp = new TempFiles();
        var input = Directory.CreateDirectory(Path.Combine(temp.Folder, "in")).FullName;
        Directory.CreateDirectory(Path.Combine(input, "sv"));
        var first = Path.Combine(input, "sv", "a.txt");
        var second = Path.Combine(input, "b.txt");
        File.WriteAllText(first, "Patient Anna Svensson, 811218-9876, bor i Umeå.");
        File.WriteAllText(second, "Anna Svensson ringde från 070-123 45 67.");
        var before = Directory.GetFiles(input, "*", SearchOption.AllDirectories).ToDictionary(p => p, File.ReadAllBytes);
        var output = Path.Combine(temp.Folder, "out");

        var report = TextAnalysis.Run(input, new TextAnalysisOptions { RedactTo = output, Key = Key });

        Assert.Equal(before.Keys.Order(), Directory.GetFiles(input, "*", SearchOption.AllDirectories).Order());
        foreach (var (path, bytes) in before)
        {
            Assert.Equal(bytes, File.ReadAllBytes(path));
        }

        Assert.Equal("Patient [PERSON-1], [PERSONNUMMER-1], bor i [LOCATION-1].", File.ReadAllText(Path.Combine(output, "sv", "a.txt")));
        Assert.Equal("[PERSON-1] ringde från [PHONE-1].", File.ReadAllText(Path.Combine(output, "b.txt")));
        using var spans = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "sv", "a.spans.json")));
        var first0 = spans.RootElement.GetProperty("spans")[0];
        Assert.Equal("person", first0.GetProperty("type").GetString());
        Assert.Equal(8, first0.GetProperty("start").GetInt32());
        Assert.Equal(21, first0.GetProperty("end").GetInt32());
        Assert.DoesNotContain("Svensson", File.ReadAllText(Path.Combine(output, "sv", "a.spans.json")));
        Assert.Empty(Directory.GetFiles(output, "*.tmp", SearchOption.AllDirectories));
        Assert.Equal(2, report.Summary.DocumentCount);
        Assert.Equal(1, report.RedactionTags[EntityType.Person]);
    }

    [Fact]
    public void The_output_folder_must_not_be_inside_the_scanned_folder()
    {
        using var temp = new TempFiles();
        File.WriteAllText(Path.Combine(temp.Folder, "a.txt"), "Anna Svensson");
        var e = Assert.Throws<InvalidOptionException>(() => TextAnalysis.Run(temp.Folder, new TextAnalysisOptions { RedactTo = Path.Combine(temp.Folder, "out"), Key = Key }));
        Assert.Equal("--redact", e.OptionName);
        Assert.Equal("--key-file", Assert.Throws<InvalidOptionException>(() => TextAnalysis.Run(temp.Folder, new TextAnalysisOptions { RedactTo = Path.Combine(temp.Folder, "..", "elsewhere") })).OptionName);
    }

    [Fact]
    public void A_huge_document_is_redacted_in_chunks_exactly_as_whole()
    {
        var line = "Patient Anna Svensson, 811218-9876, tel 070-123 45 67, bor på Storgatan 12 i Umeå. ";
        var text = string.Concat(Enumerable.Repeat(line, 400));
        using var temp = new TempFiles();
        var path = temp.Write("big.txt", text);
        using var whole = new TextRedactor(Key);
        var expected = whole.Redact(text, new TextScanner().Find(text, TextLanguage.Swedish), TextLanguage.Swedish, out _);
        var output = Path.Combine(temp.Folder, "..", Path.GetFileName(temp.Folder) + "-out");
        try
        {
            TextAnalysis.Run(path, new TextAnalysisOptions { RedactTo = output, Key = Key, Scan = new TextScanOptions { ChunkSize = TextScanOptions.MinimumChunkSize, Language = TextLanguage.Swedish } });
            Assert.Equal(expected, File.ReadAllText(Path.Combine(output, "big.txt")));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
