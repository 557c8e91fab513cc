using RiskNotebooks.Guidance;

namespace RiskNotebooks.Tests.Guidance;

public sealed class DataUseOntologyTests : IDisposable
{
    private readonly TempFiles files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void The_shipped_list_has_DUOs_five_permissions_eighteen_modifiers_and_two_parent_classes()
    {
        var terms = DataUseOntology.Default.Terms;
        Assert.Equal(25, terms.Count);
        Assert.Equal(5, terms.Count(t => t.Kind == "permission"));
        Assert.Equal(18, terms.Count(t => t.Kind == "modifier"));
        Assert.Equal(["DUO:0000001", "DUO:0000017"], terms.Where(t => t.Kind == "class").Select(t => t.Id));
        Assert.All(terms, t => Assert.Matches("^DUO:[0-9]{7}$", t.Id));
        Assert.Equal("health or medical or biomedical research", DataUseOntology.Default.Find("HMB")!.Label);
        Assert.Equal("IRB", DataUseOntology.Default.Find("DUO:0000021")!.Shorthand);
        Assert.Null(DataUseOntology.Default.Find("DUO:0000099"));
    }

    [Fact]
    public void One_permission_with_modifiers_is_valid_and_unknown_parent_or_second_permissions_are_not()
    {
        var duo = DataUseOntology.Default;
        Assert.Null(duo.FindProblem(["DUO:0000006", "DUO:0000021", "DUO:0000028"]));
        Assert.Null(duo.FindProblem(["DUO:0000021"]));
        Assert.Equal(1, duo.FindProblem(["DUO:0000006", "DUO:0000099"])!.Value.Index);
        Assert.Contains("not a term of the Data Use Ontology", duo.FindProblem(["DUO:0000099"])!.Value.Problem, StringComparison.Ordinal);
        Assert.Contains("parent of the terms", duo.FindProblem(["DUO:0000017"])!.Value.Problem, StringComparison.Ordinal);
        var second = duo.FindProblem(["DUO:0000006", "DUO:0000021", "DUO:0000042"])!.Value;
        Assert.Equal(2, second.Index);
        Assert.Contains("a second data use permission: a data set has one (HMB is already given)", second.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Codes_are_described_in_words()
    {
        Assert.Equal(
            ["DUO:0000007 (DS, disease specific research; permission)", "DUO:0000021 (IRB, ethics approval required; modifier)", "DUO:0000099 (not a DUO term)"],
            DataUseOntology.Default.Describe(["DUO:0000007", "DUO:0000021", "DUO:0000099"]));
    }

    [Fact]
    public void An_assessment_with_a_code_outside_the_list_names_the_line_of_the_code()
    {
        var path = files.Write("duo.assessment.yaml", "title: T\nsetting: internal\nassets:\n  - id: a\n    name: A\nmetadata:\n  dataUseCodes:\n    - DUO:0000006\n    - DUO:0000099\n");
        var e = Assert.Throws<InputFormatException>(() => AssessmentFile.Load(path));
        Assert.Equal(9, e.Line);
        Assert.Contains("'metadata.dataUseCodes[1]': not a term of the Data Use Ontology", e.Message, StringComparison.Ordinal);
    }
}
