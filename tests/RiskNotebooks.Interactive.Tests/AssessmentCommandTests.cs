namespace RiskNotebooks.Interactive.Tests;

[Collection("kernel")]
public sealed class AssessmentCommandTests
{
    private static readonly string Example = Path.Combine(AppContext.BaseDirectory, "TestData", "datasets", "assessments", "demo-registry-enclave.assessment.json");

    [Fact]
    public async Task Risk_assess_shows_conclusions_weakest_links_and_the_matrix()
    {
        using var notebook = await NotebookKernel.StartAsync();
        var cell = await notebook.RunAsync($"#!risk-assess \"{Example}\"");
        cell.AssertSucceeded();
        var html = cell.AllHtml;
        Assert.Contains("Assessment: Demo registry", html);
        Assert.Contains("Harm: maximum (4)", html);
        Assert.Contains("Weakest link overall", html);
        Assert.Contains("log review is only planned", html);
        Assert.Contains("Risk matrix: harm", html);
        Assert.Contains("\"symbol\":\"diamond\"", html); // the residual marker
        Assert.Contains("\"arrowhead\":3", html);      // the arrow from initial to residual
    }

    [Fact]
    public async Task Settings_and_removed_controls_move_the_weakest_link()
    {
        using var notebook = await NotebookKernel.StartAsync();
        (await notebook.RunAsync($"#!risk-assess \"{Example}\" --name assessment")).AssertSucceeded();
        Assert.Equal(0.2, await Value<double>(notebook, "assessment.Result.ResidualAttempt.Probability"), 12);

        // Without the separation of projects, the external attacker meets a gap: the residual weakest link moves there.
        (await notebook.RunAsync("#!risk-assess --without project-separation --name assessment")).AssertSucceeded();
        Assert.Equal(0.5, await Value<double>(notebook, "assessment.Result.ResidualAttempt.Probability"), 12);
        Assert.Equal("ExternalAttacker", await Value<string>(notebook, "assessment.Result.ResidualAttempt.WeakestLink.Path.ToString()"));

        // A public release: every attempt is assumed (P(attempt) = 1), whatever the controls.
        var cell = await notebook.RunAsync("#!risk-assess --setting public-release --name assessment");
        cell.AssertSucceeded();
        Assert.Equal(1d, await Value<double>(notebook, "assessment.Result.InitialAttempt.Probability"), 12);
    }

    private static async Task<T> Value<T>(NotebookKernel notebook, string expression)
    {
        var cell = await notebook.RunAsync(expression);
        cell.AssertSucceeded();
        return (T)cell.Events.OfType<Microsoft.DotNet.Interactive.Events.ReturnValueProduced>().Single().Value!;
    }

    [Fact]
    public async Task Risk_matrix_needs_an_assessment_and_bad_options_are_named()
    {
        using var notebook = await NotebookKernel.StartAsync();
        Assert.Contains("#!risk-assess", (await notebook.RunAsync("#!risk-matrix")).Failure);
        (await notebook.RunAsync($"#!risk-assess \"{Example}\"")).AssertSucceeded();
        (await notebook.RunAsync("#!risk-matrix")).AssertSucceeded();
        Assert.Contains("--setting", (await notebook.RunAsync("#!risk-assess --setting moon")).Failure);
        Assert.Contains("--without", (await notebook.RunAsync("#!risk-assess --without teleporter")).Failure);
    }
}
