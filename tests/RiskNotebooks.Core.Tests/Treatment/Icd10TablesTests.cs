using RiskNotebooks.Data;
using RiskNotebooks.Treatment;

namespace RiskNotebooks.Tests.Treatment;

/// <summary>The bundled ICD-10 tables (datasets/icd10) as data, and the block level of the <c>icd10</c> builder.</summary>
public sealed class Icd10TablesTests
{
    private const string Marker = "ZZMARKER77";

    /// <summary>The ICD-10 codes the tests and the bundled demo registry use.</summary>
    private static readonly string[] SampleCodes = ["C50.9", "C50", "E11", "F32", "F32.1", "F41.1", "F43.2", "I10", "I21.9", "J18", "J45", "J45.9", "S72", "S72.0", "U07.1"];

    private static string[] Chain(Hierarchy h, string value)
    {
        Assert.True(h.TryGetLeaf(value, out var leaf));
        return Enumerable.Range(0, h.Height).Select(l => h.LabelOf(l, h.GroupOf(l, leaf))).ToArray();
    }

    [Fact]
    public void The_bundled_blocks_are_the_263_blocks_of_WHO_ICD10_2019_in_code_order_without_overlap()
    {
        var blocks = Icd10Tables.Blocks;
        Assert.Equal(263, blocks.Count);

        // The file is sorted: reading it in code order gives its lines in order.
        Assert.Equal(Enumerable.Range(2, blocks.Count).Select(l => (long)l), blocks.Select(b => b.Line));
        for (var i = 0; i < blocks.Count; i++)
        {
            Assert.True(string.CompareOrdinal(blocks[i].First, blocks[i].Last) <= 0, $"line {blocks[i].Line}");
            Assert.Equal($"{blocks[i].First}-{blocks[i].Last}", blocks[i].Name);
            if (i > 0)
            {
                Assert.True(string.CompareOrdinal(blocks[i - 1].Last, blocks[i].First) < 0, $"line {blocks[i].Line} overlaps line {blocks[i - 1].Line}");
            }
        }
    }

    [Fact]
    public void Each_block_lies_within_exactly_one_chapter_and_every_chapter_has_blocks()
    {
        foreach (var block in Icd10Tables.Blocks)
        {
            var holding = Icd10Tables.Chapters.Where(c => c.Contains(block.First) && c.Contains(block.Last)).ToList();
            Assert.True(holding.Count == 1, $"line {block.Line}");
            Assert.DoesNotContain(Icd10Tables.Chapters, c => c.Contains(block.First) != c.Contains(block.Last));
        }

        Assert.Equal(22, Icd10Tables.Chapters.Count);
        Assert.All(Icd10Tables.Chapters, c => Assert.Contains(Icd10Tables.Blocks, b => c.Contains(b.First)));
    }

    [Fact]
    public void Blocks_begin_and_end_where_WHO_chapters_begin_and_end()
    {
        // The first block of every chapter starts at the chapter's first category; the last ends at its last, except
        // chapter XXII, whose range here is widened to U99 (datasets/icd10/README.md) while its last WHO block is U82-U85.
        foreach (var chapter in Icd10Tables.Chapters)
        {
            var inChapter = Icd10Tables.Blocks.Where(b => chapter.Contains(b.First)).ToList();
            Assert.Equal(chapter.First, inChapter[0].First);
            Assert.Equal(chapter.Name == "XXII" ? "U85" : chapter.Last, inChapter[^1].Last);
        }
    }

    [Fact]
    public void Every_category_the_tests_and_the_demo_registry_use_falls_in_a_block()
    {
        var registry = CsvTableReader.Load(Path.Combine(AppContext.BaseDirectory, "TestData", "demo-registry", "demo-registry.csv"));
        var diagnosis = registry["diagnosis"];
        var codes = Enumerable.Range(1, diagnosis.DistinctCount).Select(c => diagnosis.ValueOf(c)!).Concat(SampleCodes);
        foreach (var category in codes.Select(c => c[..3]).Distinct())
        {
            Assert.True(Icd10Tables.Find(Icd10Tables.Blocks, category) is not null, category);
        }
    }

    [Theory]
    [InlineData("A09", "A00-A09")]
    [InlineData("A15", "A15-A19")]
    [InlineData("A97", "A92-A99")]
    [InlineData("C43", "C43-C44")]
    [InlineData("C97", "C97-C97")]
    [InlineData("M48", "M45-M49")]
    [InlineData("O94", "O94-O99")]
    [InlineData("T79", "T79-T79")]
    [InlineData("W00", "W00-W19")]
    [InlineData("X85", "X85-Y09")]
    [InlineData("Y09", "X85-Y09")]
    [InlineData("U07", "U00-U49")]
    [InlineData("U83", "U82-U85")]
    public void Finds_the_block_of_a_category(string category, string block) =>
        Assert.Equal(block, Icd10Tables.Find(Icd10Tables.Blocks, category)?.Name);

    [Theory]
    [InlineData("A10")]
    [InlineData("A90")]
    [InlineData("B84")]
    [InlineData("C42")]
    [InlineData("E08")]
    [InlineData("K94")]
    [InlineData("U99")]
    public void Categories_in_the_gaps_between_blocks_fall_in_no_block(string category) =>
        Assert.Null(Icd10Tables.Find(Icd10Tables.Blocks, category));

    [Fact]
    public void The_default_builder_adds_the_block_level_and_sends_a_gap_to_its_chapter()
    {
        var h = HierarchyBuilder.Build("dx", "icd10", ["C50.9", "I21.9", "A90", "U99.9", "u07.1"]);
        Assert.Equal(5, h.Height);
        Assert.Equal(["C50.9", "C50", "C50-C50", "II", "*"], Chain(h, "C50.9"));
        Assert.Equal(["I21.9", "I21", "I20-I25", "IX", "*"], Chain(h, "I21.9"));
        Assert.Equal(["A90", "A90", "I", "I", "*"], Chain(h, "A90"));
        Assert.Equal(["U99.9", "U99", "XXII", "XXII", "*"], Chain(h, "U99.9"));
        Assert.Equal(["u07.1", "U07", "U00-U49", "XXII", "*"], Chain(h, "u07.1"));
    }

    [Fact]
    public void A_users_block_table_replaces_the_bundled_one()
    {
        using var files = new TempFiles();
        var path = files.Write("blocks-se.csv", "block,first,last\nBreast,C50,C50\nU98-U99,U98,U99\n");
        var h = HierarchyBuilder.Build("dx", $"icd10:{path}", ["C50.9", "U99.9", "J45"]);
        Assert.Equal(["C50.9", "C50", "Breast", "II", "*"], Chain(h, "C50.9"));
        Assert.Equal(["U99.9", "U99", "U98-U99", "XXII", "*"], Chain(h, "U99.9"));
        Assert.Equal(["J45", "J45", "X", "X", "*"], Chain(h, "J45"));
    }

    [Theory]
    [InlineData("block,first,last\nC00-C14,C00,C14\nC10-C20,C10,C20\n", 3, "overlaps the block on line 2")]
    [InlineData("block,first,last\nB,C50,ZZMARKER77\n", 2, "not a three-character ICD-10 category")]
    [InlineData("block,first,last\nB,C50,C40\n", 2, "ends before it starts")]
    [InlineData("block,first,last\nB,C90,D60\n", 2, "crosses a chapter boundary")]
    [InlineData("block,first,last\nZZMARKER77,C00,C14\nZZMARKER77,J00,J06\n", 3, "the name of the block on line 2")]
    [InlineData("block,first,last\nII,J00,J06\n", 2, "named like a chapter")]
    public void A_bad_block_table_is_refused_with_its_file_and_line_never_a_value(string text, long line, string problem)
    {
        using var files = new TempFiles();
        var path = files.Write("blocks.csv", text);
        var e = Assert.Throws<InputFormatException>(() => HierarchyBuilder.Build("dx", $"icd10:{path}", ["C50.9"]));
        Assert.Equal(path, e.FilePath);
        Assert.Equal(line, e.Line);
        Assert.Contains(problem, e.Message);
        Assert.DoesNotContain(Marker, e.Message);
    }

    [Fact]
    public void Values_outside_every_chapter_are_counted_not_shown()
    {
        var e = Assert.Throws<InvalidOptionException>(() => HierarchyBuilder.Build("dx", "icd10", ["C50.9", Marker, "K94.1"]));
        Assert.Contains("2 of 3", e.Message);
        Assert.DoesNotContain(Marker, e.Message);
        Assert.DoesNotContain("K94", e.Message);
    }
}
