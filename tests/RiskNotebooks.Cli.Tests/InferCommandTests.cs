using System.Globalization;
using System.Text;
using System.Text.Json;

namespace RiskNotebooks.Cli.Tests;

public sealed class InferCommandTests : IDisposable
{
    private const string Secret = "ZZSECRET91";
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    /// <summary>
    /// 1,000 records in 40 classes of 25 (5-anonymous): in the 60-70 age band every record has diabetes, elsewhere the
    /// diagnosis is drawn independently; three records carry a value no output may name.
    /// </summary>
    private string Registry()
    {
        var random = new Random(5);
        var text = new StringBuilder("age_band,sex,municipality,diagnosis\n");
        string[] bands = ["20-30", "30-40", "40-50", "50-60", "60-70"];
        for (var i = 0; i < 1000; i++)
        {
            var band = bands[i % 5];
            var sex = (i / 5) % 2 == 0 ? "F" : "M";
            var municipality = "m" + ((i / 10) % 4).ToString(CultureInfo.InvariantCulture);
            var diagnosis = i < 3 ? Secret : band == "60-70" ? "diabetes" : random.Next(3) switch { 0 => "asthma", 1 => "none", _ => "migraine" };
            text.Append(CultureInfo.InvariantCulture, $"{band},{sex},{municipality},{diagnosis}\n");
        }

        return temp.Write("registry.csv", text.ToString());
    }

    [Fact]
    public void A_k_anonymous_table_still_discloses_the_diagnosis_and_the_card_names_no_small_value()
    {
        var (code, output, error) = Cli.Run("infer", Registry(), "--qi", "age_band,sex,municipality", "--sensitive", "diagnosis");
        Assert.True(code == 0, error);
        Assert.Contains("Attribute inference: registry.csv", output);
        Assert.Contains("inference advantage", output);
        Assert.Contains("1 value with < 5 records (3 records): not named.", output);
        Assert.Contains("quasi-identifier it leans on most                  age_band", output);
        Assert.DoesNotContain(Secret, output);
    }

    [Fact]
    public void Json_gives_the_figures_as_aggregates_and_the_same_seed_gives_the_same_json()
    {
        var path = Registry();
        var (code, output, error) = Cli.Run("infer", path, "--qi", "age_band,sex,municipality", "--sensitive", "diagnosis", "--folds", "4", "--seed", "7", "--format", "json");
        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(4, root.GetProperty("parameters").GetProperty("folds").GetInt32());
        Assert.Equal("light-gbm", root.GetProperty("parameters").GetProperty("trainer").GetString());
        var diagnosis = root.GetProperty("attributes")[0];
        Assert.Equal(1, diagnosis.GetProperty("valuesWithFewerThan5Records").GetInt32());
        var advantage = diagnosis.GetProperty("advantage").GetDouble();
        Assert.InRange(advantage, 0.2, 0.6); // a fifth of the records fully disclosed, the rest a guess
        Assert.DoesNotContain(Secret, output, StringComparison.Ordinal);
        Assert.Equal(output, Cli.Run("infer", path, "--qi", "age_band,sex,municipality", "--sensitive", "diagnosis", "--folds", "4", "--seed", "7", "--format", "json").Output);
    }

    [Fact]
    public void The_report_has_the_card_and_both_heatmaps_and_no_small_value()
    {
        var report = Path.Combine(temp.Path, "infer.html");
        var (code, _, error) = Cli.Run("infer", Registry(), "--qi", "age_band,sex,municipality", "--sensitive", "diagnosis", "--report", report);
        Assert.True(code == 0, error);
        var html = File.ReadAllText(report);
        Assert.Contains("What each quasi-identifier contributes to the attack", html, StringComparison.Ordinal);
        Assert.Contains("Which values the attack recovers", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script src=", html, StringComparison.Ordinal); // plotly.js inlined: nothing loaded from the network
    }

    [Theory]
    [InlineData("--sensitive", "sex", "--sensitive: 'sex' is also a quasi-identifier (--qi)")]
    [InlineData("--folds", "1", "--folds: '1' is not a whole number from 2 to 20")]
    [InlineData("--trainer", "forest", "--trainer: must be lightgbm, fasttree or sdca.")]
    [InlineData("--sensitive", "hiv", "no column named 'hiv'")]
    public void Bad_options_exit_2_naming_the_option_or_column(string option, string value, string message)
    {
        string[] args = option == "--folds" || option == "--trainer"
            ? ["infer", Registry(), "--qi", "age_band,sex", "--sensitive", "diagnosis", option, value]
            : ["infer", Registry(), "--qi", "age_band,sex", option, value];
        var (code, _, error) = Cli.Run(args);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains(message, error);
        Assert.DoesNotContain(Secret, error);
    }

    [Fact]
    public void A_constant_sensitive_column_is_named_in_a_warning()
    {
        var path = temp.Write("constant.csv", string.Concat(Enumerable.Range(0, 60).Select(i => $"{i % 3},{i % 2},same\n").Prepend("a,b,c\n")));
        var (code, output, error) = Cli.Run("infer", path, "--qi", "a,b", "--sensitive", "c");
        Assert.True(code == 0, error);
        Assert.Contains("Sensitive attribute 'c' has one value", output);
        Assert.DoesNotContain("same", output.Replace("shares", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Released_scores_the_original_records_against_a_control_and_needs_one()
    {
        var original = Registry();
        var control = temp.Write("control.csv", string.Concat(Enumerable.Range(0, 300).Select(i => $"60-70,{(i % 2 == 0 ? "F" : "M")},m{i % 4},{(i % 3 == 0 ? "asthma" : "none")}\n").Prepend("age_band,sex,municipality,diagnosis\n")));
        var (code, output, error) = Cli.Run("infer", original, "--qi", "age_band,sex,municipality", "--sensitive", "diagnosis", "--released", original, "--control", control, "--format", "json");
        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var diagnosis = json.RootElement.GetProperty("attributes")[0];
        Assert.True(diagnosis.GetProperty("attack").GetDouble() > diagnosis.GetProperty("control").GetDouble());
        Assert.True(diagnosis.GetProperty("risk").GetDouble() > 0.2);
        Assert.DoesNotContain(Secret, output, StringComparison.Ordinal);

        var (missing, _, message) = Cli.Run("infer", original, "--qi", "age_band", "--sensitive", "diagnosis", "--released", original);
        Assert.Equal(ExitCodes.BadInput, missing);
        Assert.Contains("--released: needs --control", message);
    }
}
