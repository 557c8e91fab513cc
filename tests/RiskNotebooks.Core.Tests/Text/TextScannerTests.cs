using System.Text;
using RiskNotebooks.Text;
using RiskNotebooks.Synthetic.Text;

namespace RiskNotebooks.Tests.Text;

public sealed class TextScannerTests
{
    [Fact]
    public void Offsets_are_utf16_offsets_into_the_text_as_read()
    {
        var text = "Ångest 😀 hos Anna Svensson, tel 070-123 45 67.";
        var findings = new TextScanner().Find(text);
        var phone = Assert.Single(findings, f => f.Type == EntityType.Phone);
        Assert.Equal("070-123 45 67", text[(int)phone.Start..(int)phone.End]);
        Assert.Equal(text.IndexOf("070", StringComparison.Ordinal), phone.Start);
    }

    [Fact]
    public void Findings_come_out_in_document_order_without_overlapping_identifiers()
    {
        var text = string.Concat(SyntheticTextCorpus.Generate(8, 5).Select(d => d.Text));
        var findings = new TextScanner().Find(text);
        for (var i = 1; i < findings.Count; i++)
        {
            Assert.True(findings[i - 1].Start <= findings[i].Start);
        }

        var identifiers = findings.Where(f => EntityTypes.KindOf(f.Type) != EntityKind.SpecialCategory).ToList();
        for (var i = 1; i < identifiers.Count; i++)
        {
            Assert.True(identifiers[i - 1].End <= identifiers[i].Start, $"{identifiers[i - 1]} overlaps {identifiers[i]}");
        }
    }

    [Fact]
    public void A_more_confident_recognizer_wins_an_overlap()
    {
        // Ten bare digits starting with 0 can be a phone number or (born in the 2000s) a personnummer; the context decides.
        var text = "personnummer 0501012348";
        var findings = new TextScanner().Find(text, TextLanguage.Swedish);
        Assert.Equal(EntityType.Personnummer, Assert.Single(findings).Type);
    }

    [Fact]
    public void Reading_in_small_chunks_finds_exactly_what_reading_whole_finds()
    {
        var text = string.Join("\n", SyntheticTextCorpus.Generate(120, 11).Select(d => d.Text)).Replace("\n", " ", StringComparison.Ordinal);
        var whole = new TextScanner(new TextScanOptions { Language = TextLanguage.Swedish, ChunkSize = 1 << 22 }).Find(text);
        var chunked = new TextScanner(new TextScanOptions { Language = TextLanguage.Swedish, ChunkSize = TextScanOptions.MinimumChunkSize }).Find(text);
        Assert.True(text.Length > 20 * TextScanOptions.MinimumChunkSize);
        // A word lifted by the same word elsewhere in the document ("+document") depends on what a chunk holds: left out.
        Assert.Equal(
            whole.Where(f => !f.Rule.EndsWith("+document", StringComparison.Ordinal)).Select(f => (f.Type, f.Start, f.End)),
            chunked.Where(f => !f.Rule.EndsWith("+document", StringComparison.Ordinal)).Select(f => (f.Type, f.Start, f.End)));
    }

    [Fact]
    public void A_text_with_no_white_space_still_streams_in_chunks()
    {
        var text = string.Concat(Enumerable.Repeat("x811218-9876y", 2000)) + " 811218-9876 ";
        var findings = new TextScanner(new TextScanOptions { ChunkSize = TextScanOptions.MinimumChunkSize }).Find(text, TextLanguage.Swedish);
        Assert.Equal(text.Length - 12, Assert.Single(findings).Start);
    }

    [Theory]
    [InlineData("Patienten har ont i magen och vi har ordinerat vila.", TextLanguage.Swedish)]
    [InlineData("The patient has a stomach ache and we have advised rest.", TextLanguage.English)]
    [InlineData("Åsa", TextLanguage.Swedish)]
    public void Detects_the_language(string text, TextLanguage language)
        => Assert.Equal(language, new TextScanner().Analyze("d", text).Language);

    [Fact]
    public void The_minimum_confidence_filters_findings()
    {
        var text = "ref 8112189876 och 811218-9876";
        Assert.Equal(2, new TextScanner().Find(text, TextLanguage.Swedish).Count);
        Assert.Single(new TextScanner(new TextScanOptions { MinimumConfidence = 0.95 }).Find(text, TextLanguage.Swedish));
    }

    [Fact]
    public void Invalid_options_name_the_option()
    {
        Assert.Equal("MinimumConfidence", Assert.Throws<InvalidOptionException>(() => new TextScanner(new TextScanOptions { MinimumConfidence = 1.5 })).OptionName);
        Assert.Equal("ChunkSize", Assert.Throws<InvalidOptionException>(() => new TextScanner(new TextScanOptions { ChunkSize = 10 })).OptionName);
    }

    [Fact]
    public void A_recognizer_of_ones_own_is_used_beside_the_built_in_ones()
    {
        var scanner = new TextScanner(new TextScanOptions { Recognizers = [.. RiskNotebooks.Text.Recognizers.DefaultRecognizers.Create(), new HospitalNumberRecognizer()] });
        var findings = scanner.Find("Journal HN-123456 för patienten.", TextLanguage.Swedish);
        var found = Assert.Single(findings, f => f.Rule == "hospital-number");
        Assert.Equal(EntityType.Personnummer, found.Type);
    }

    [Fact]
    public void Windows_1252_and_utf8_files_are_read_as_the_same_text()
    {
        using var temp = new TempFiles();
        var text = "Patienten Åsa Öberg, 811218-9876, bor i Umeå.";
        var utf8 = temp.Write("a.txt", text);
        var latin = temp.WriteBytes("b.txt", Encoding.Latin1.GetBytes(text));
        var a = new TextScanner().AnalyzeFile(utf8);
        var b = new TextScanner().AnalyzeFile(latin);
        Assert.Equal(a.Mentions, b.Mentions);
        Assert.Equal(a.CharacterCount, b.CharacterCount);
    }

    [Fact]
    public void A_missing_file_is_an_input_error_naming_the_file()
    {
        var e = Assert.Throws<InputFormatException>(() => new TextScanner().AnalyzeFile("/no/such/file.txt"));
        Assert.Contains("/no/such/file.txt", e.Message);
    }

    [Fact]
    public void Adversarial_input_scans_in_linear_time()
    {
        // Long runs that would make a backtracking pattern explode: digits and separators, letters and hyphens, at signs.
        var text = string.Concat(Enumerable.Repeat("1-2 3.4/5:6+7 ", 40_000)) + new string('a', 100_000) + string.Concat(Enumerable.Repeat("a-", 50_000))
                   + string.Concat(Enumerable.Repeat("x@", 50_000)) + string.Concat(Enumerable.Repeat("www.", 20_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        new TextScanner().Analyze("adversarial", text);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Random_text_of_digits_separators_and_letters_never_breaks_a_recognizer(int seed)
    {
        // Fragments the scanners look for, glued at random: every boundary case a real text could hit.
        string[] pieces =
        [
            "0", "1", "07", "46", "+", "-", " ", "(", ")", ".", ",", ":", "/", "@", "::", "www.", "://", "SE", "GB", "Anna", "år", "-årig",
            "years old", "aged", "mars", "March", "3rd", ":e", "gatan", "Street", "i", "bor i", "\n", "å", "Å", "s", "'", "É", "ß",
            "811218-9876", "0", "00", "ICD", "F32", "E11", "dr", "Dr.", "heter", "St", "x", "😀",
        ];
        var random = new Random(seed);
        var text = new StringBuilder();
        for (var i = 0; i < 50_000; i++)
        {
            text.Append(pieces[random.Next(pieces.Length)]);
        }

        foreach (var language in new[] { TextLanguage.Swedish, TextLanguage.English })
        {
            // A recognizer that stops advancing loops forever (it once did, filling memory): fail instead of hanging.
            var scan = Task.Run(() => new TextScanner(new TextScanOptions { ChunkSize = TextScanOptions.MinimumChunkSize, MinimumConfidence = 0 }).Find(text.ToString(), language));
            var findings = await scan.WaitAsync(TimeSpan.FromSeconds(60)); // throws TimeoutException when it hangs
            Assert.All(findings, f => Assert.True(f.Start >= 0 && f.End <= text.Length && f.Start < f.End));
            Assert.True(findings.Count < text.Length / 2, $"{findings.Count} findings in {text.Length} characters");
        }
    }

    private sealed class HospitalNumberRecognizer : IRecognizer
    {
        public string Name => "hospital-number";

        public IReadOnlyList<EntityType> EntityTypes { get; } = [EntityType.Personnummer];

        public void Recognize(ReadOnlySpan<char> text, TextLanguage language, FindingCollector findings)
        {
            var at = text.IndexOf("HN-", StringComparison.Ordinal);
            if (at >= 0 && at + 9 <= text.Length)
            {
                findings.Add(EntityType.Personnummer, at, at + 9, 0.9, Name);
            }
        }
    }
}
