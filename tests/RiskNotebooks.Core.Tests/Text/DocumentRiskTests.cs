using RiskNotebooks.Text;
using RiskNotebooks.Synthetic.Text;

namespace RiskNotebooks.Tests.Text;

public sealed class DocumentRiskTests
{
    private static DocumentRisk Assess(params (EntityType Type, long Count)[] counts)
    {
        var mentions = new long[EntityTypes.Count];
        foreach (var (type, count) in counts)
        {
            mentions[(int)type] = count;
        }

        return DocumentRisk.Assess(mentions);
    }

    [Fact]
    public void Any_direct_identifier_makes_a_document_identified()
    {
        var risk = Assess((EntityType.Personnummer, 1), (EntityType.Date, 2));
        Assert.Equal(DocumentRiskLevel.Identified, risk.Level);
        Assert.StartsWith("Identified: contains a personnummer (1 mention).", risk.Reason);
        Assert.Contains("one kind of quasi-identifier (date)", risk.Reason);
    }

    [Theory]
    [InlineData(0, DocumentRiskLevel.Low)]
    [InlineData(1, DocumentRiskLevel.Low)]
    [InlineData(2, DocumentRiskLevel.Medium)]
    [InlineData(3, DocumentRiskLevel.High)]
    [InlineData(5, DocumentRiskLevel.High)]
    public void The_level_follows_the_number_of_kinds_of_quasi_identifier(int kinds, DocumentRiskLevel level)
    {
        EntityType[] order = [EntityType.Location, EntityType.Age, EntityType.Profession, EntityType.Date, EntityType.Url];
        Assert.Equal(level, Assess([.. order.Take(kinds).Select(t => (t, 3L))]).Level);
    }

    [Fact]
    public void A_place_and_a_postcode_are_one_kind()
        => Assert.Equal(DocumentRiskLevel.Low, Assess((EntityType.Location, 2), (EntityType.Postcode, 1)).Level);

    [Fact]
    public void A_rare_occupation_with_another_quasi_identifier_is_high()
    {
        var mentions = new long[EntityTypes.Count];
        mentions[(int)EntityType.Profession] = 1;
        mentions[(int)EntityType.Location] = 1;
        var risk = DocumentRisk.Assess(mentions, rareOccupations: 1);
        Assert.Equal(DocumentRiskLevel.High, risk.Level);
        Assert.Contains("few people hold", risk.Reason);
    }

    [Fact]
    public void Special_categories_raise_the_harm_and_are_named_in_the_reason()
    {
        var risk = Assess((EntityType.Health, 4), (EntityType.Criminal, 1), (EntityType.Age, 1));
        Assert.True(risk.HasSpecialCategories);
        Assert.Equal(DocumentRiskLevel.Low, risk.Level);
        Assert.Contains("Special categories (GDPR Art. 9): health (4)", risk.Reason);
        Assert.Contains("Criminal offences (Art. 10): 1 mention.", risk.Reason);
        Assert.Contains("serious harm", risk.Reason);
    }

    [Fact]
    public void The_reason_never_holds_the_text()
    {
        var document = SyntheticTextCorpus.Generate(2, 1)[1];
        var report = new TextScanner().Analyze(document.Path, document.Text);
        Assert.Equal(DocumentRiskLevel.Identified, report.Risk.Level);
        foreach (var label in document.Labels.Entities)
        {
            Assert.DoesNotContain(document.Text[(int)label.Start..(int)label.End], report.Risk.Reason);
        }
    }
}

public sealed class SyntheticTextCorpusTests
{
    [Fact]
    public void The_same_seed_gives_the_same_documents()
    {
        var a = SyntheticTextCorpus.Generate(12, 42);
        var b = SyntheticTextCorpus.Generate(12, 42);
        Assert.Equal(a.Select(d => d.Text), b.Select(d => d.Text));
        Assert.Equal(a.SelectMany(d => d.Labels.Entities), b.SelectMany(d => d.Labels.Entities));
        Assert.NotEqual(a.Select(d => d.Text), SyntheticTextCorpus.Generate(12, 43).Select(d => d.Text));
    }

    [Fact]
    public void Documents_rotate_through_the_four_kinds_and_labels_point_at_their_values()
    {
        var documents = SyntheticTextCorpus.Generate(8, 1);
        Assert.Equal(["sv/interview-001.txt", "sv/journal-001.txt", "en/interview-001.txt", "en/clinical-note-001.txt"], documents.Take(4).Select(d => d.Path));
        foreach (var d in documents)
        {
            Assert.All(d.Labels.Entities, e => Assert.False(string.IsNullOrWhiteSpace(d.Text[(int)e.Start..(int)e.End])));
            Assert.Contains(EntityType.Person, d.Labels.Entities.Select(e => e.Type));
        }

        Assert.All(documents.Where(d => d.Labels.Kind == "clinical-note"), d => Assert.Contains(EntityType.Health, d.Labels.SpecialCategories));
    }

    [Fact]
    public void The_bundled_corpus_is_what_the_generator_writes()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestData", "text");
        foreach (var document in SyntheticTextCorpus.Generate(200, 20240501))
        {
            Assert.Equal(document.Text, File.ReadAllText(Path.Combine(folder, document.Path)));
        }
    }

    [Fact]
    public void Every_gazetteer_and_lexicon_states_its_source()
    {
        var assembly = typeof(TextScanner).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".txt", StringComparison.Ordinal) || n.EndsWith(".tsv", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            var header = string.Concat(Enumerable.Range(0, 3).Select(_ => reader.ReadLine() ?? string.Empty));
            Assert.True(header.Contains("Source", StringComparison.OrdinalIgnoreCase) || header.Contains("written for RiskNotebooks", StringComparison.Ordinal) || header.Contains("Built by", StringComparison.Ordinal), resource);
        }

        var (first, surnames, places) = RiskNotebooks.Text.Lexicons.Lexicon.Default.GazetteerSizes;
        Assert.True(first > 3000 && surnames > 600 && places > 900, $"{first} {surnames} {places}");
    }
}
