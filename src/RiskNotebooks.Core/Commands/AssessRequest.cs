using RiskNotebooks.Assessment;

namespace RiskNotebooks.Commands;

/// <summary>
/// <c>risknb assess</c> and <c>#!risk-assess</c>: the assessment file and the variant to evaluate (another setting,
/// controls left out). Hosts fill it from <see cref="Table"/>.
/// </summary>
public sealed class AssessRequest : ICommandRequest
{
    /// <summary>The options of the command, as every host binds them.</summary>
    public static CommandTable<AssessRequest> Table { get; } = new CommandTable<AssessRequest>(
            "assess",
            "Assess risk = harm × likelihood: harm rules, P(re-id | attempt) × P(attempt), weakest links, the 4 × 4 matrix initial and residual, and the sensitivity metadata record.")
        .AddPositional("FILE", "An assessment file (JSON; see datasets/schemas/assessment.schema.json). Without it: on the command line the bundled example assessment of the demo registry in a secure enclave, in a notebook the file assessed last.", (r, v) => r.Path = v)
        .Add("--setting", "Evaluate in another setting: " + string.Join(", ", Vocabulary.Ids<ReleaseSetting>()) + ".", OptionKind.Text, (r, v) => r.Setting = ParseSetting(v), completions: Vocabulary.Ids<ReleaseSetting>())
        .Add("--without", "Controls to leave out, comma-separated ids (watch the weakest link move).", OptionKind.List, (r, v) => r.Without = v.List(), completions: ControlCatalog.Controls.Select(d => d.Id));

    /// <summary>The assessment file, or <see langword="null"/> for the host's default.</summary>
    public string? Path { get; set; }

    /// <summary>The setting to evaluate in, or <see langword="null"/> for the file's own.</summary>
    public ReleaseSetting? Setting { get; set; }

    /// <summary>The ids of controls to leave out.</summary>
    public IReadOnlyList<string> Without { get; set; } = [];

    /// <inheritdoc/>
    public void Validate()
    {
        // Each option is checked as it is read; --without needs the file's controls (see Apply).
    }

    /// <summary>The variant of an assessment to evaluate: in <see cref="Setting"/>, without the controls of <see cref="Without"/>.</summary>
    /// <param name="assessment">The assessment as the file states it.</param>
    /// <returns>The variant.</returns>
    /// <exception cref="InvalidOptionException">The assessment has no control of an id in <see cref="Without"/>.</exception>
    public RiskAssessment Apply(RiskAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var variant = Setting is { } setting ? assessment.WithSetting(setting) : assessment;
        foreach (var id in Without)
        {
            if (variant.FindControl(id) is null)
            {
                throw new InvalidOptionException("--without", $"the assessment has no control '{id}'. Its controls: {string.Join(", ", variant.Controls.Select(c => c.Id))}.");
            }

            variant = variant.WithoutControl(id);
        }

        return variant;
    }

    private static ReleaseSetting ParseSetting(OptionValue value)
        => Vocabulary.TryParse<ReleaseSetting>(value.Text.Trim())
            ?? throw new InvalidOptionException(value.Option, $"'{value.Text}' is not a setting: use {string.Join(", ", Vocabulary.Ids<ReleaseSetting>())}.");
}
