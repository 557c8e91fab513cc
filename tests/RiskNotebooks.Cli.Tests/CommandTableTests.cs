using System.CommandLine;
using System.Text.Json;
using RiskNotebooks.Commands;

namespace RiskNotebooks.Cli.Tests;

/// <summary>The command line exposes every entry of every command's option table, and the named disagreements stay fixed.</summary>
public sealed class CommandTableTests
{
    private static readonly Dictionary<string, Command> Commands = new[]
    {
        ReidCommand.Create(TextWriter.Null),
        LocationCommand.Create(TextWriter.Null),
        TextCommand.Create(TextWriter.Null),
        AssessCommand.Create(TextWriter.Null),
        GenomeCommand.Create(TextWriter.Null),
        CatalogueCommand.Create(TextWriter.Null),
        DicomCommand.Create(TextWriter.Null),
        InferCommand.Create(TextWriter.Null),
        AnonymizeCommand.Create(TextWriter.Null),
        AnonymizeCommand.CreateWhatIf(TextWriter.Null),
    }.ToDictionary(c => c.Name);

    public static TheoryData<string, string> TableOptions()
    {
        var data = new TheoryData<string, string>();
        foreach (var table in CommandTables.All)
        {
            foreach (var option in table.Options)
            {
                data.Add(table.Command, option.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TableOptions))]
    public void Every_table_option_is_an_option_of_the_command(string command, string name)
    {
        var entry = CommandTables.All.Single(t => t.Command == command).Find(name)!;
        var cli = Commands[command];
        if (entry.IsPositional)
        {
            var argument = Assert.Single(cli.Arguments);
            Assert.Equal(entry.ArgumentName, argument.Name);
            Assert.Equal(entry.IsRequired, argument.Arity.MinimumNumberOfValues == 1);
            return;
        }

        var option = Assert.Single(cli.Options, o => o.Name == name);
        Assert.Equal(entry.Kind == OptionKind.Flag, option is Option<bool>);
        Assert.Equal(entry.Description, option.Description);
    }

    [Fact]
    public void The_command_line_has_no_other_options_than_the_table_and_its_own()
    {
        string[] cliOnly = ["--format", "--records", "--report", "--min-cell-size"];
        foreach (var table in CommandTables.All)
        {
            var names = table.Options.Select(o => o.Name).Concat(cliOnly).ToHashSet();
            Assert.All(Commands[table.Command].Options.Where(o => o.Name != "--help"), o => Assert.Contains(o.Name, names));
        }
    }

    [Fact]
    public void Help_shows_the_requests_defaults()
    {
        var (code, output, _) = Cli.Run("location", "--help");
        Assert.Equal(0, code);
        Assert.Contains("[default: 1..3]", output);   // --top-n, from LocationRequest
        Assert.Contains("[default: 1000000]", output); // --exact-limit, from UnicityOptions
    }

    [Fact]
    public void Top_n_0_skips_top_n_uniqueness()
    {
        // Regression: the notebook refused --top-n 0 while the command line took it; both now read it in LocationRequest.
        var (code, output, error) = Cli.Run("location", "--points", "1", "--top-n", "0", "--format", "json");
        Assert.True(code == 0, error);
        Assert.Equal(0, JsonDocument.Parse(output).RootElement.GetProperty("topLocations").GetArrayLength());
    }

    [Fact]
    public void Compat_without_attack_fails_with_the_shared_message()
    {
        var (code, _, error) = Cli.Run("location", "--compat", "skmob");
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("--compat: only applies with --attack.", error);
    }

    [Fact]
    public void Assess_takes_the_notebooks_setting_and_without()
    {
        // Regression: --setting and --without existed only in #!risk-assess.
        var (code, output, error) = Cli.Run("assess", "--setting", "public-release", "--without", "project-separation", "--format", "json");
        Assert.True(code == 0, error);
        Assert.Contains("\"public-release\"", output);
        Assert.Contains("--setting", Cli.Run("assess", "--setting", "moon").Error);
        Assert.Contains("--without", Cli.Run("assess", "--without", "teleporter").Error);
    }
}
