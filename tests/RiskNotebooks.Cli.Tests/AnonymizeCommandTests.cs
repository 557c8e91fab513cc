using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace RiskNotebooks.Cli.Tests;

public sealed class AnonymizeCommandTests : IDisposable
{
    private const string Secret = "ZZSECRET91";
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private static string Arx => Path.Combine(AppContext.BaseDirectory, "TestData", "arx");

    private static string Adult => Path.Combine(AppContext.BaseDirectory, "TestData", "adult.csv");

    private const string AdultQis = "sex,age,race,marital-status,education,native-country,workclass,occupation";

    /// <summary>600 patients: age, sex, a postcode, an identifier (a planted value among them), a plainly hashed id, a note that starts like a formula.</summary>
    private string Registry()
    {
        var random = new Random(3);
        var text = new StringBuilder("id,hashed,age,sex,postcode,note\n");
        for (var i = 0; i < 600; i++)
        {
            var id = i == 0 ? Secret : "P" + i.ToString("D5", CultureInfo.InvariantCulture);
            var hashed = Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(id)));
            var age = 20 + random.Next(60);
            var postcode = $"{random.Next(1, 10)}{random.Next(10)}{random.Next(10)} {random.Next(10)}{random.Next(10)}";
            var note = i == 1 ? "=HYPERLINK(\"x\")" : "ok";
            text.Append(CultureInfo.InvariantCulture, $"{id},{hashed},{age},{(i % 2 == 0 ? "F" : "M")},{postcode},\"{note.Replace("\"", "\"\"", StringComparison.Ordinal)}\"\n");
        }

        return temp.Write("registry.csv", text.ToString());
    }

    [Fact]
    public void Adult_k5_with_5_percent_suppression_gives_ARXs_optimum_and_writes_the_release()
    {
        var output = Path.Combine(temp.Path, "released.csv");
        var before = File.ReadAllBytes(Adult);
        var (code, text, error) = Cli.Run("anonymize", Adult, "--qi", AdultQis, "--hierarchies", Arx, "--target", "k=5", "--max-suppression", "5%", "--out", output);
        Assert.True(code == 0, error);
        Assert.Contains("sex:0,age:3,race:0,marital-status:0,education:1,native-country:1,workclass:1,occupation:2", text);
        Assert.Contains("1,458 (4.8%)", text);
        Assert.Equal(before, File.ReadAllBytes(Adult));
        var lines = File.ReadAllLines(output);
        Assert.Equal(30_163, lines.Length);
        Assert.Equal("sex,age,race,marital-status,education,native-country,workclass,occupation,salary-class", lines[0]);
        Assert.Equal(1_458, lines.Count(l => l.StartsWith("*,*,*,*,*,*,*,*,", StringComparison.Ordinal)));
        Assert.DoesNotContain(Directory.GetFiles(temp.Path), f => Path.GetFileName(f).StartsWith('.'));
    }

    [Fact]
    public void Json_names_the_transformation_loss_and_risks_before_and_after()
    {
        var (code, text, error) = Cli.Run("anonymize", Adult, "--qi", AdultQis, "--hierarchies", Arx, "--target", "k=5", "--max-suppression", "0.05", "--format", "json");
        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        Assert.Equal(3, root.GetProperty("transformation").GetProperty("levels").GetProperty("age").GetInt32());
        Assert.Equal(0.2518517151856563, root.GetProperty("informationLoss").GetProperty("overall").GetProperty("loss").GetDouble(), 9);
        Assert.Equal(1, root.GetProperty("before").GetProperty("highestProsecutorRisk").GetDouble());
        Assert.Equal(0.2, root.GetProperty("after").GetProperty("highestProsecutorRisk").GetDouble(), 1e-12); // computed: within rounding error
        // 6,480 nodes; 1,375 of them lose no more than the optimum with nothing suppressed (counted independently, from a
        // k = 1 search of every node, whose scores are exactly those bounds), and only those are evaluated.
        Assert.Equal(6480, root.GetProperty("search").GetProperty("nodes").GetInt64());
        Assert.Equal(1375, root.GetProperty("search").GetProperty("evaluated").GetInt32());
    }

    [Fact]
    public void The_release_escapes_formulas_pseudonymises_with_the_key_and_warns_of_plain_hashes_without_echoing_values()
    {
        var input = Registry();
        var key = temp.Write("release.key", "0123456789abcdefghijklmnopqrstuv");
        var other = temp.Write("other.key", "vutsrqponmlkjihgfedcba9876543210");
        var out1 = Path.Combine(temp.Path, "a.csv");
        var out2 = Path.Combine(temp.Path, "b.csv");
        var out3 = Path.Combine(temp.Path, "c.csv");
        string[] common = ["--qi", "age,sex,postcode", "--build", "age=interval:10,sex=flat,postcode=postcode-se", "--target", "k=5", "--max-suppression", "0.1", "--remove", "hashed", "--pseudonymize", "id"];
        var (code, text, error) = Cli.Run(["anonymize", input, .. common, "--key-file", key, "--out", out1]);
        Assert.True(code == 0, error);
        Assert.Contains("'hashed' looks like plain MD5 hashes", text);
        Assert.DoesNotContain(Secret, text + error);
        var released = File.ReadAllText(out1);
        Assert.DoesNotContain(Secret, released);
        Assert.DoesNotContain("hashed", released.Split('\n')[0]);
        Assert.Contains("'=HYPERLINK", released);
        Assert.Equal(0, Cli.Run(["anonymize", input, .. common, "--key-file", key, "--out", out2]).ExitCode);
        Assert.Equal(0, Cli.Run(["anonymize", input, .. common, "--key-file", other, "--out", out3]).ExitCode);
        var first = File.ReadAllLines(out1).Skip(1).Select(l => l.Split(',')[0]).ToArray();
        Assert.Equal(first, File.ReadAllLines(out2).Skip(1).Select(l => l.Split(',')[0]));
        Assert.All(first, p => Assert.Matches("^P-[0-9a-f]{20}$", p));
        Assert.Empty(first.Intersect(File.ReadAllLines(out3).Skip(1).Select(l => l.Split(',')[0])));
    }

    [Theory]
    [InlineData("--target", "k=0", "--target")]
    [InlineData("--target", "q=5", "unknown target")]
    [InlineData("--max-suppression", "1.5", "--max-suppression")]
    [InlineData("--metric", "fast", "--metric")]
    [InlineData("--generalize", "age:9", "'age' has levels 0 to 4")]
    [InlineData("--max-levels", "nosuch:1", "'nosuch' is not one of the quasi-identifiers")]
    public void Bad_options_are_errors_naming_the_option(string option, string value, string message)
    {
        var (code, _, error) = Cli.Run("anonymize", Adult, "--qi", AdultQis, "--hierarchies", Arx, option, value);
        Assert.Equal(2, code);
        Assert.Contains(message, error);
    }

    [Fact]
    public void A_missing_hierarchy_and_a_hierarchy_that_does_not_cover_the_column_are_clear_errors_without_values()
    {
        var input = Registry();
        var (code, _, error) = Cli.Run("anonymize", input, "--qi", "age,sex", "--build", "age=interval:10");
        Assert.Equal(2, code);
        Assert.Contains("no hierarchy for 'sex'", error);
        var folder = Directory.CreateDirectory(Path.Combine(temp.Path, "h")).FullName;
        File.WriteAllText(Path.Combine(folder, "sex.csv"), "F;*\n");
        (code, _, error) = Cli.Run("anonymize", input, "--qi", "sex", "--hierarchies", folder);
        Assert.Equal(2, code);
        Assert.Contains("does not cover 1 of the column's 2 distinct values", error);
        Assert.Contains("line 3 of registry.csv", error);
        File.WriteAllText(Path.Combine(folder, "id.csv"), $"{Secret};x;*\n{Secret};y;*\n");
        (code, _, error) = Cli.Run("anonymize", input, "--qi", "id", "--hierarchies", folder);
        Assert.Equal(2, code);
        Assert.Contains("id.csv, line 2, column 1", error);
        Assert.DoesNotContain(Secret, error);
    }

    [Fact]
    public void Whatif_applies_levels_and_suppresses_to_a_target()
    {
        var (code, text, error) = Cli.Run("whatif", Adult, "--qi", AdultQis, "--hierarchies", Arx, "--generalize", "age:3,native-country:1,occupation:2", "--suppress", "k=5");
        Assert.True(code == 0, error);
        Assert.Contains("What if: adult.csv", text);
        Assert.Contains("highest prosecutor risk", text);
        Assert.Contains("1 → 0.2", text);
    }

    [Fact]
    public void Local_suppression_after_generalising_reaches_k_with_missing_cells_and_counts_them_per_quasi_identifier()
    {
        var input = Registry();
        var output = Path.Combine(temp.Path, "release.csv");
        var (code, json, error) = Cli.Run("anonymize", input, "--qi", "age,sex,postcode", "--build", "age=interval:10", "--generalize", "age:1", "--local-suppression", "3", "--importance", "sex,age,postcode", "--out", output, "--format", "json");
        Assert.True(code == 0, error);
        using var doc = JsonDocument.Parse(json);
        var local = doc.RootElement.GetProperty("localSuppression");
        Assert.Equal(3, local.GetProperty("k").GetInt32());
        Assert.Equal(["postcode", "age", "sex"], local.GetProperty("suppressionOrder").EnumerateArray().Select(e => e.GetString()));
        Assert.True(local.GetProperty("smallestFkAfter").GetDouble() >= 3);
        var cells = local.GetProperty("suppressedCells");
        var lines = File.ReadAllLines(output).Skip(1).Select(l => l.Split(',')).ToArray();
        // Columns id, hashed, age, sex, postcode, note: a suppressed cell is empty in the release.
        Assert.Equal(cells.GetProperty("age").GetInt32(), lines.Count(f => f[2].Length == 0));
        Assert.Equal(cells.GetProperty("postcode").GetInt32(), lines.Count(f => f[4].Length == 0));
        Assert.True(cells.GetProperty("postcode").GetInt32() > 0);
        Assert.DoesNotContain(Secret, json + error);
        Assert.Equal(600, lines.Length);
    }

    /// <summary>Diagnoses in three WHO blocks and one gap between blocks (A90, dengue before 2016).</summary>
    private string Diagnoses()
    {
        var text = new StringBuilder("id,diagnosis\n");
        string[] codes = ["C50.1", "C50.9", "J44.1", "J45.0", "J46", "I21.0", "I25.1", "A90"];
        for (var i = 0; i < 80; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? Secret : "P" + i.ToString("D3", CultureInfo.InvariantCulture))},{codes[i % codes.Length]}\n");
        }

        return temp.Write("diagnoses.csv", text.ToString());
    }

    [Fact]
    public void Icd10_builds_five_levels_and_its_block_level_uses_WHOs_blocks_or_the_users()
    {
        var input = Diagnoses();
        var output = Path.Combine(temp.Path, "blocks.csv");
        var (code, json, error) = Cli.Run("anonymize", input, "--qi", "diagnosis", "--build", "diagnosis=icd10", "--generalize", "diagnosis:2", "--remove", "id", "--out", output, "--format", "json");
        Assert.True(code == 0, error);
        using (var doc = JsonDocument.Parse(json))
        {
            Assert.Equal(5, doc.RootElement.GetProperty("quasiIdentifiers")[0].GetProperty("levels").GetInt32());
        }

        // Code, category, block, chapter, *: at level 2 each code is its WHO block; A90 is in no block and takes its chapter.
        Assert.Equal(["A90:I", "C50.1:C50-C50", "C50.9:C50-C50", "I21.0:I20-I25", "I25.1:I20-I25", "J44.1:J40-J47", "J45.0:J40-J47", "J46:J40-J47"], Released(input, output));

        var national = temp.Write("blocks-se.csv", "block,first,last\nJ44-J46,J44,J46\nBreast,C50,C50\n");
        (code, _, error) = Cli.Run("anonymize", input, "--qi", "diagnosis", "--build", $"diagnosis=icd10:{national}", "--generalize", "diagnosis:2", "--remove", "id", "--out", output);
        Assert.True(code == 0, error);
        Assert.Equal(["A90:I", "C50.1:Breast", "C50.9:Breast", "I21.0:IX", "I25.1:IX", "J44.1:J44-J46", "J45.0:J44-J46", "J46:J44-J46"], Released(input, output));
    }

    [Fact]
    public void A_users_icd10_block_table_that_overlaps_is_refused_naming_its_file_and_line_not_a_value()
    {
        var input = Diagnoses();
        var table = temp.Write("overlapping.csv", $"block,first,last\n{Secret},C00,C14\nlips,C10,C20\n");
        var (code, text, error) = Cli.Run("anonymize", input, "--qi", "diagnosis", "--build", $"diagnosis=icd10:{table}", "--target", "k=5");
        Assert.NotEqual(0, code);
        Assert.Contains("overlapping.csv", error);
        Assert.Contains("line 3", error);
        Assert.Contains("overlaps the block on line 2", error);
        Assert.DoesNotContain(Secret, text + error);
    }

    /// <summary>Each original diagnosis with its released value, as "code:value", from the rows of the same order.</summary>
    private static string[] Released(string input, string output)
    {
        var before = File.ReadAllLines(input).Skip(1).Select(l => l.Split(',')[1]);
        var after = File.ReadAllLines(output).Skip(1);
        return before.Zip(after, (b, a) => $"{b}:{a}").Distinct().Order(StringComparer.Ordinal).ToArray();
    }

    [Fact]
    public void Whatif_local_suppression_alone_needs_no_hierarchy_and_its_options_are_checked()
    {
        var input = Registry();
        var (code, text, error) = Cli.Run("whatif", input, "--qi", "age,sex", "--local-suppression", "2");
        Assert.True(code == 0, error);
        Assert.Contains("Local suppression to k = 2", text);
        Assert.Contains("smallest fk after (a missing value matches any value)", text);

        (code, _, error) = Cli.Run("whatif", input, "--qi", "age,sex", "--generalize", "age:0", "--importance", "age,sex");
        Assert.Equal(2, code);
        Assert.Contains("--importance", error);
        (code, _, error) = Cli.Run("whatif", input, "--qi", "age,sex", "--local-suppression", "2", "--importance", "age");
        Assert.Equal(2, code);
        Assert.Contains("missing: 'sex'", error);
        (code, _, error) = Cli.Run("whatif", input, "--qi", "age,sex", "--local-suppression", "2", "--strata", "age");
        Assert.Equal(2, code);
        Assert.Contains("--strata", error);
        Assert.DoesNotContain(Secret, error);
    }
}
