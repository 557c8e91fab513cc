using System.Text.Json;

namespace RiskNotebooks.Cli.Tests;

/// <summary>Weights, households, missing keys, QI combinations and record-level output.</summary>
public sealed class ReidCommandRegistryPart2Tests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private string Francdat() => temp.Write("francdat_na.csv", """
        "Key1","Key2","Key3","Key4","w","hh"
        "1","2","5","1","18","1"
        "1","2","1","1","45.5","1"
        "1","2","NA","1","39","2"
        "NA","NA","1","5","17","2"
        "4","3","1","NA","541","3"
        "NA","3","1","1","8","4"
        "6","2","1","5","5","4"
        "1","2","5","1","92","5"
        """);

    [Fact]
    public void Json_has_individual_risk_and_k_anonymity_violations()
    {
        var (code, output, error) = Cli.Run("reid", Francdat(), "--qi", "Key1,Key2,Key3,Key4", "--weight", "w", "--household", "hh", "--format", "json");
        Assert.True(code == 0, error);
        var root = JsonDocument.Parse(output).RootElement;
        var individual = root.GetProperty("individualRisk");
        Assert.True(individual.GetProperty("expectedReidentifications").GetDouble() > 0);
        Assert.Equal(individual.GetProperty("expectedReidentifications").GetDouble() / 8, individual.GetProperty("meanRisk").GetDouble(), 12);
        Assert.True(individual.GetProperty("householdExpectedReidentifications").GetDouble() >= individual.GetProperty("expectedReidentifications").GetDouble());
        // fk by hand (missing keys as wildcards): 3, 2, 4, 3, 3, 2, 2, 3.
        var violations = root.GetProperty("kAnonymityViolations");
        Assert.Equal(0, violations.GetProperty("2").GetInt32());
        Assert.Equal(3, violations.GetProperty("3").GetInt32());
        Assert.Equal(8, violations.GetProperty("5").GetInt32());
    }

    [Fact]
    public void Records_file_holds_fk_Fk_and_risk_per_row()
    {
        var records = Path.Combine(temp.Path, "records.csv");
        var (code, _, error) = Cli.Run("reid", Francdat(), "--qi", "Key1,Key2,Key3,Key4", "--weight", "w", "--household", "hh", "--records", records);
        Assert.True(code == 0, error);
        var lines = File.ReadAllLines(records);
        Assert.Equal("row,fk,Fk,risk,householdRisk", lines[0]);
        Assert.Equal(9, lines.Length);
        Assert.StartsWith("3,4,194.5,", lines[3]);
        Assert.StartsWith("5,3,566,", lines[5]);
        Assert.Empty(Directory.GetFiles(temp.Path, "*.tmp"));
    }

    [Fact]
    public void Alpha_changes_fk_of_complete_patterns()
    {
        var records = Path.Combine(temp.Path, "records.csv");
        var (code, _, error) = Cli.Run("reid", Francdat(), "--qi", "Key1,Key2,Key3,Key4", "--missing-weight", "0.5", "--records", records);
        Assert.True(code == 0, error);
        Assert.StartsWith("1,2.5,2.5,0.4", File.ReadAllLines(records)[1]);
    }

    [Fact]
    public void Subsets_lists_every_combination_in_json()
    {
        var (code, output, error) = Cli.Run("reid", Francdat(), "--qi", "Key1,Key2,Key3", "--subsets", "--format", "json");
        Assert.True(code == 0, error);
        var risks = JsonDocument.Parse(output).RootElement.GetProperty("attributeRisks").EnumerateArray().ToArray();
        Assert.Equal(7, risks.Length);
        var first = risks[0];
        Assert.Equal(["Key1"], first.GetProperty("attributes").EnumerateArray().Select(a => a.GetString()));
        // Key1: 1,1,1,NA,4,NA,6,1 -> classes {1:4, NA:2, 4:1, 6:1}: distinction 4/8, uniques 2.
        Assert.Equal(0.5, first.GetProperty("distinction").GetDouble(), 12);
        Assert.Equal(2, first.GetProperty("sampleUniques").GetInt32());
        // separation: 1 - (C(4,2) + C(2,2)) / C(8,2) = 1 - 7/28
        Assert.Equal(0.75, first.GetProperty("separation").GetDouble(), 12);
    }

    [Fact]
    public void Without_subsets_attribute_risks_are_null()
    {
        var (code, output, _) = Cli.Run("reid", Francdat(), "--qi", "Key1", "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(output).RootElement.GetProperty("attributeRisks").ValueKind);
    }

    [Theory]
    [InlineData("--weight", "nope")]
    [InlineData("--household", "nope")]
    [InlineData("--missing-weight", "1.5")]
    [InlineData("--max-subset-size", "2")]
    [InlineData("--weight", "Key1")]
    public void Bad_registry_options_exit_2(string option, string value)
    {
        var (code, _, error) = Cli.Run("reid", Francdat(), "--qi", "Key1,Key2", option, value);
        Assert.Equal(2, code);
        Assert.StartsWith("risknb:", error);
    }

    [Fact]
    public void A_non_numeric_weight_names_the_line_but_not_the_value()
    {
        var path = temp.Write("w.csv", "a,w\nx,1\ny,secret-weight\n");
        var (code, _, error) = Cli.Run("reid", path, "--qi", "a", "--weight", "w");
        Assert.Equal(2, code);
        Assert.Contains("line 3", error);
        Assert.Contains("'w'", error);
        Assert.DoesNotContain("secret-weight", error);
    }

    [Fact]
    public void Sensitive_attributes_get_l_diversity_and_t_closeness()
    {
        // Classes on q: A = {flu, flu, cold}, B = {flu, hiv}; overall flu 3/5, cold 1/5, hiv 1/5.
        var path = temp.Write("s.csv", "q,diagnosis\nA,flu\nA,flu\nA,cold\nB,flu\nB,hiv\n");
        var (code, output, error) = Cli.Run("reid", path, "--qi", "q", "--sensitive", "diagnosis", "--format", "json");
        Assert.True(code == 0, error);
        var d = JsonDocument.Parse(output).RootElement.GetProperty("sensitiveAttributes").GetProperty("diagnosis");
        var l = d.GetProperty("lDiversity");
        Assert.Equal(2, l.GetProperty("distinct").GetProperty("minimum").GetDouble());
        Assert.Equal(2, l.GetProperty("distinct").GetProperty("average").GetDouble());
        // entropy l of A: exp(-(2/3 ln 2/3 + 1/3 ln 1/3)) = 1.8899; of B: 2
        Assert.Equal(Math.Exp(-((2d / 3 * Math.Log(2d / 3)) + (1d / 3 * Math.Log(1d / 3)))), l.GetProperty("entropy").GetProperty("minimum").GetDouble(), 9);
        var t = d.GetProperty("tCloseness");
        Assert.Equal("equal", t.GetProperty("groundDistance").GetString());
        // A: 1/2 (|2/3-3/5| + |1/3-1/5| + |0-1/5|) = 1/5; B: 1/2 (|1/2-3/5| + |0-1/5| + |1/2-1/5|) = 3/10
        Assert.Equal(0.3, t.GetProperty("maximum").GetDouble(), 12);
        Assert.Equal(0.25, t.GetProperty("average").GetDouble(), 12);
    }

    [Fact]
    public void A_sensitive_attribute_that_is_a_quasi_identifier_exits_2()
    {
        var (code, _, error) = Cli.Run("reid", Francdat(), "--qi", "Key1,Key2", "--sensitive", "Key1");
        Assert.Equal(2, code);
        Assert.Contains("--sensitive", error);
    }

    [Fact]
    public void Suda_adds_a_summary_and_record_scores()
    {
        // Keys a, b, c (M = 3). Record 4 (z, 2, r) is unique on a alone and on c alone: two MSUs of size 1, each weighing
        // (3 - 1)! = 2, so its SUDA score is 4.
        var path = temp.Write("suda.csv", "a,b,c\nx,1,p\nx,2,p\nx,1,q\nz,2,r\n");
        var records = Path.Combine(temp.Path, "r.csv");
        var (code, output, error) = Cli.Run("reid", path, "--qi", "a,b,c", "--suda", "--records", records, "--format", "json");
        Assert.True(code == 0, error);
        var suda = JsonDocument.Parse(output).RootElement.GetProperty("suda");
        Assert.Equal(0.01, suda.GetProperty("disFraction").GetDouble());
        Assert.True(suda.GetProperty("recordsWithMsus").GetInt32() >= 1);
        var lines = File.ReadAllLines(records);
        Assert.Equal("row,fk,Fk,risk,suda,disSuda", lines[0]);
        Assert.StartsWith("4,1,1,1,4,", lines[4]);
    }
}
