using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using RiskNotebooks.Text;
using RiskNotebooks.Text.Redaction;

namespace RiskNotebooks.Tests.Text;

public sealed class RedactionTests
{
    private static readonly byte[] KeyBytes = Encoding.ASCII.GetBytes("0123456789abcdef0123456789abcdef");
    private static readonly RedactionKey Key = RedactionKey.FromBytes(KeyBytes);

    /// <summary>The tag the redactor must give: the type and 10 hex digits of HMAC-SHA256(key, type 0x1F normalised value).</summary>
    private static string Tag(string type, string normalised, byte[]? key = null)
        => $"[{type.ToUpperInvariant()}-{Convert.ToHexStringLower(HMACSHA256.HashData(key ?? KeyBytes, Encoding.UTF8.GetBytes(type + "\u001f" + normalised)))[..10]}]";

    private static string Redact(TextRedactor redactor, string text, out IReadOnlyList<RedactedSpan> spans)
        => redactor.Redact(text, new TextScanner().Find(text, TextLanguage.Swedish), TextLanguage.Swedish, out spans);

    [Fact]
    public void The_same_value_gets_the_same_tag_across_documents_and_written_forms()
    {
        using var redactor = new TextRedactor(Key);
        var a = Redact(redactor, "Patient Anna Svensson, 811218-9876, tel 070-123 45 67.", out _);
        var b = Redact(redactor, "Samma person: 19811218-9876. Ring +46 70 123 45 67. Erik Holm var med.", out _);
        var (anna, number, phone) = (Tag("person", "anna svensson"), Tag("personnummer", "8112189876"), Tag("phone", "46701234567"));
        Assert.Equal($"Patient {anna}, {number}, tel {phone}.", a);
        Assert.Equal($"Samma person: {number}. Ring {phone}. {Tag("person", "erik holm")} var med.", b);
        Assert.Equal(2, redactor.TagCount(EntityType.Person));
    }

    [Fact]
    public void A_first_name_after_the_full_name_in_a_document_is_the_same_person()
    {
        using var redactor = new TextRedactor(Key);
        var text = Redact(redactor, "Jag heter Anna Svensson. Min bror Erik kom. Anna ringde sen, och Annas hund skällde.", out _);
        var (anna, erik) = (Tag("person", "anna svensson"), Tag("person", "erik"));
        Assert.Equal($"Jag heter {anna}. Min bror {erik} kom. {anna} ringde sen, och {anna} hund skällde.", text);
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
        Assert.NotEqual(a[0].Tag, b[0].Tag);
        Assert.Equal($"[PERSONNUMMER-{a[0].Pseudonym[..TextRedactor.TagHexDigits]}]", a[0].Tag);

        // Neither is the SHA-256 of the number in any form an attacker would try.
        foreach (var guess in new[] { "8112189876", "811218-9876", "198112189876", "personnummer\u001f8112189876" })
        {
            Assert.DoesNotContain(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(guess)))[..32], a[0].Pseudonym);
        }

        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.ASCII.GetBytes("0123456789abcdef0123456789abcdef"), Encoding.UTF8.GetBytes("personnummer\u001f8112189876")))[..32];
        Assert.Equal(expected, a[0].Pseudonym);
    }

    [Fact]
    public void The_redacted_text_depends_on_the_key()
    {
        // Regression: tags were numbered by order of appearance ([PERSON-1]), so the redacted text was byte-identical under
        // two keys and releases redacted with different keys could be linked by their tags.
        const string Text = "Patient Anna Svensson, 811218-9876, tel 070-123 45 67. Erik Holm var med.";
        var otherKey = Encoding.ASCII.GetBytes("another key, sixteen bytes or more");
        using var one = new TextRedactor(Key);
        using var other = new TextRedactor(RedactionKey.FromBytes(otherKey));
        var a = Redact(one, Text, out _);
        var b = Redact(other, Text, out _);
        Assert.NotEqual(a, b);
        Assert.Equal($"Patient {Tag("person", "anna svensson", otherKey)}, {Tag("personnummer", "8112189876", otherKey)}, tel {Tag("phone", "46701234567", otherKey)}. {Tag("person", "erik holm", otherKey)} var med.", b);
    }

    [Fact]
    public void A_tag_does_not_depend_on_the_order_documents_are_redacted_in()
    {
        using var forward = new TextRedactor(Key);
        using var backward = new TextRedactor(Key);
        var first = Redact(forward, "Anna Svensson.", out _);
        Redact(forward, "Erik Holm.", out _);
        Redact(backward, "Erik Holm.", out _);
        Assert.Equal(first, Redact(backward, "Anna Svensson.", out _));
    }

    [Fact]
    public void Colliding_tag_prefixes_are_lengthened_until_every_value_has_its_own_tag()
    {
        // With one hex digit, 40 personnummer must collide; each later value gets a longer prefix of its own pseudonym.
        var numbers = Enumerable.Range(0, 40).Select(i => WithCheckDigit($"811218-9{i + 10:D2}")).ToArray();
        var text = string.Join(". ", numbers) + ".";
        string Run(out IReadOnlyList<RedactedSpan> spans)
        {
            using var redactor = new TextRedactor(Key, null, tagHexDigits: 1);
            var findings = new TextScanner().Find(text, TextLanguage.Swedish);
            return redactor.Redact(text, findings, TextLanguage.Swedish, out spans);
        }

        var redacted = Run(out var spans);
        var personnummer = spans.Where(s => s.Type == EntityType.Personnummer).ToList();
        Assert.Equal(40, personnummer.Count);
        Assert.Equal(40, personnummer.Select(s => s.Pseudonym).Distinct().Count());
        Assert.Equal(40, personnummer.Select(s => s.Tag).Distinct().Count());
        Assert.Contains(personnummer, s => s.Tag.Length > "[PERSONNUMMER-0]".Length);
        foreach (var span in personnummer)
        {
            Assert.StartsWith("[PERSONNUMMER-", span.Tag);
            Assert.StartsWith(span.Tag["[PERSONNUMMER-".Length..^1], span.Pseudonym);
        }

        Assert.Equal(redacted, Run(out _));
    }

    /// <summary>A personnummer "YYMMDD-NNN" completed with its Luhn check digit.</summary>
    private static string WithCheckDigit(string nineDigits)
    {
        var sum = 0;
        var digits = nineDigits.Where(char.IsAsciiDigit).Select(c => c - '0').ToArray();
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[i] * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }

        return nineDigits + (10 - (sum % 10)) % 10;
    }

    [Fact]
    public void Special_category_terms_are_kept_by_default()
    {
        using var redactor = new TextRedactor(Key);
        Assert.Equal($"{Tag("person", "anna svensson")} har diabetes.", Redact(redactor, "Anna Svensson har diabetes.", out _));
    }

    [Fact]
    public void A_short_or_missing_key_file_is_an_option_error_that_shows_no_key()
    {
        using var temp = new TempFiles();
        var shortKey = temp.Write("short.key", "tooshort\n");
        var e = Assert.Throws<InvalidOptionException>(() => RedactionKey.FromFile(shortKey));
        Assert.Equal("Key", e.OptionName);
        Assert.DoesNotContain("tooshort", e.Message);
        Assert.Equal("Key", Assert.Throws<InvalidOptionException>(() => RedactionKey.FromFile(Path.Combine(temp.Folder, "none.key"))).OptionName);
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

        var anna = Tag("person", "anna svensson");
        Assert.Equal($"Patient {anna}, {Tag("personnummer", "8112189876")}, bor i {Tag("location", "umeå")}.", File.ReadAllText(Path.Combine(output, "sv", "a.txt")));
        Assert.Equal($"{anna} ringde från {Tag("phone", "46701234567")}.", File.ReadAllText(Path.Combine(output, "b.txt")));
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
        Assert.Equal("RedactTo", e.OptionName);
        Assert.Equal("Key", Assert.Throws<InvalidOptionException>(() => TextAnalysis.Run(temp.Folder, new TextAnalysisOptions { RedactTo = Path.Combine(temp.Folder, "..", "elsewhere") })).OptionName);
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
