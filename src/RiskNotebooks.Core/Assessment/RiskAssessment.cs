namespace RiskNotebooks.Assessment;

/// <summary>
/// An assessment: one or more data assets in a setting, with the controls that guard them. The facade of the assessment
/// model: <see cref="Evaluate"/> gives harm, likelihood, risk (initial and residual), the weakest links and the matrix.
/// </summary>
/// <remarks>
/// <para>Build one with <see cref="Create"/> (fluent), load one from a file with
/// <c>RiskNotebooks.Guidance.AssessmentFile</c>, or call the constructor. Immutable: the <c>With…</c> methods return
/// copies, for "what if" questions.</para>
/// <para>The model, in one paragraph: harm comes from <see cref="HarmRules"/>. Likelihood = P(re-id | attempt) × P(attempt):
/// the first is measured per asset (highest risk for a public release, average risk otherwise) and, for assets linked with
/// others (<see cref="Linkages"/>), combined over the linked assets as 1 − Π(1 − pᵢ) (<see cref="AssetLinkage"/>); the second is the highest
/// P(attempt) of the threat paths of the setting, each path as strong as its weakest safeguard
/// (<see cref="ControlCatalog"/>, <see cref="AttemptProbabilities"/>). The probability maps to a level by
/// <see cref="LikelihoodScale"/>; risk is the cell (harm, likelihood) of the 4 × 4 matrix (<see cref="RiskCell"/>). The
/// assessment's harm and likelihood are the highest of its assets'.</para>
/// </remarks>
public sealed class RiskAssessment
{
    /// <summary>Creates an assessment.</summary>
    /// <param name="title">What is assessed, in words.</param>
    /// <param name="setting">Where the data are used.</param>
    /// <param name="assets">The data assets (at least one; ids unique).</param>
    /// <param name="controls">The controls (ids unique); controls not listed are absent.</param>
    /// <param name="options">The model's numbers; <see cref="AssessmentOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="linkages">Assets that hold the same people and can be joined; none when <see langword="null"/>.</param>
    /// <exception cref="InvalidOptionException">No asset, a repeated asset id, a repeated control, or a linkage naming an asset that is not in the assessment.</exception>
    public RiskAssessment(string title, ReleaseSetting setting, IEnumerable<DataAsset> assets, IEnumerable<Control> controls, AssessmentOptions? options = null, IEnumerable<AssetLinkage>? linkages = null)
    {
        Title = string.IsNullOrWhiteSpace(title) ? throw new InvalidOptionException("title", "an assessment needs a title.") : title.Trim();
        Setting = Enum.IsDefined(setting) ? setting : throw new ArgumentOutOfRangeException(nameof(setting), setting, "Not a release setting.");
        Assets = (assets ?? throw new ArgumentNullException(nameof(assets))).ToArray();
        Controls = (controls ?? throw new ArgumentNullException(nameof(controls))).ToArray();
        Options = options ?? AssessmentOptions.Default;
        Linkages = linkages?.ToArray() ?? [];
        if (Assets.Count == 0)
        {
            throw new InvalidOptionException("assets", "an assessment needs at least one data asset.");
        }

        if (Assets.Any(a => a is null) || Controls.Any(c => c is null))
        {
            throw new ArgumentException("Assets and controls must not be null.");
        }

        if (Assets.GroupBy(a => a.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } asset)
        {
            throw new InvalidOptionException("assets", $"the asset id '{asset.Key}' is used twice.");
        }

        if (Controls.GroupBy(c => c.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } control)
        {
            throw new InvalidOptionException("controls", $"the control '{control.Key}' is listed twice.");
        }

        if (Linkages.Any(l => l is null))
        {
            throw new ArgumentException("Linkages must not be null.", nameof(linkages));
        }

        if (Linkages.SelectMany(l => l.AssetIds).FirstOrDefault(id => Assets.All(a => a.Id != id)) is { } unknown)
        {
            throw new InvalidOptionException("linkage", $"the linked asset '{unknown}' is not an asset of the assessment.");
        }
    }

    /// <summary>What is assessed.</summary>
    public string Title { get; }

    /// <summary>Where the data are used.</summary>
    public ReleaseSetting Setting { get; }

    /// <summary>The data assets.</summary>
    public IReadOnlyList<DataAsset> Assets { get; }

    /// <summary>The controls listed (in place, planned or absent).</summary>
    public IReadOnlyList<Control> Controls { get; }

    /// <summary>The model's numbers.</summary>
    public AssessmentOptions Options { get; }

    /// <summary>Assets that hold the same people and can be joined (see <see cref="AssetLinkage"/>).</summary>
    public IReadOnlyList<AssetLinkage> Linkages { get; }

    /// <summary>Starts a fluent builder.</summary>
    /// <param name="title">What is assessed.</param>
    /// <returns>The builder.</returns>
    public static RiskAssessmentBuilder Create(string title) => new(title);

    /// <summary>The control with this id, if the assessment lists it.</summary>
    /// <param name="id">A control id.</param>
    /// <returns>The control, or <see langword="null"/>.</returns>
    public Control? FindControl(string id) => Controls.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>A copy in another setting.</summary>
    /// <param name="setting">The setting.</param>
    /// <returns>The copy.</returns>
    public RiskAssessment WithSetting(ReleaseSetting setting) => new(Title, setting, Assets, Controls, Options, Linkages);

    /// <summary>A copy with this control added, or replacing the one with the same id.</summary>
    /// <param name="control">The control.</param>
    /// <returns>The copy.</returns>
    public RiskAssessment WithControl(Control control)
    {
        ArgumentNullException.ThrowIfNull(control);
        var replaced = false;
        var controls = Controls.Select(c =>
        {
            if (c.Id != control.Id)
            {
                return c;
            }

            replaced = true;
            return control;
        }).ToList();
        if (!replaced)
        {
            controls.Add(control);
        }

        return new(Title, Setting, Assets, controls, Options, Linkages);
    }

    /// <summary>A copy without a control (it becomes absent).</summary>
    /// <param name="id">The control's id.</param>
    /// <returns>The copy.</returns>
    public RiskAssessment WithoutControl(string id) => new(Title, Setting, Assets, Controls.Where(c => !string.Equals(c.Id, id, StringComparison.OrdinalIgnoreCase)), Options, Linkages);

    /// <summary>A copy with other linkages between the assets.</summary>
    /// <param name="linkages">The linkages (none to drop them all).</param>
    /// <returns>The copy.</returns>
    public RiskAssessment WithLinkages(IEnumerable<AssetLinkage> linkages) => new(Title, Setting, Assets, Controls, Options, linkages ?? throw new ArgumentNullException(nameof(linkages)));

    /// <summary>A copy with an asset replaced (by id) or added.</summary>
    /// <param name="asset">The asset.</param>
    /// <returns>The copy.</returns>
    public RiskAssessment WithAsset(DataAsset asset)
    {
        ArgumentNullException.ThrowIfNull(asset);
        var assets = Assets.Where(a => a.Id != asset.Id).ToList();
        var index = Assets.ToList().FindIndex(a => a.Id == asset.Id);
        assets.Insert(index < 0 ? assets.Count : index, asset);
        return new(Title, Setting, assets, Controls, Options, Linkages);
    }

    /// <summary>A copy with other model numbers.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The copy.</returns>
    public RiskAssessment WithOptions(AssessmentOptions options) => new(Title, Setting, Assets, Controls, options ?? throw new ArgumentNullException(nameof(options)), Linkages);

    /// <summary>Evaluates the assessment.</summary>
    /// <returns>Harm, likelihood, risk (initial and residual), weakest links and the matrix, every conclusion with its reasons.</returns>
    public AssessmentResult Evaluate() => AssessmentEvaluator.Evaluate(this);
}
