namespace RiskNotebooks.Assessment;

/// <summary>Builds a <see cref="RiskAssessment"/> step by step: <c>RiskAssessment.Create("…").In(setting).WithAsset(…).WithControl(…).Build()</c>.</summary>
public sealed class RiskAssessmentBuilder
{
    private readonly string title;
    private readonly List<DataAsset> assets = [];
    private readonly List<Control> controls = [];
    private readonly List<AssetLinkage> linkages = [];
    private ReleaseSetting setting = ReleaseSetting.SecureEnclave;
    private AssessmentOptions options = AssessmentOptions.Default;

    internal RiskAssessmentBuilder(string title)
    {
        this.title = title;
    }

    /// <summary>Sets the setting (a secure enclave unless set).</summary>
    /// <param name="releaseSetting">The setting.</param>
    /// <returns>This builder.</returns>
    public RiskAssessmentBuilder In(ReleaseSetting releaseSetting)
    {
        setting = releaseSetting;
        return this;
    }

    /// <summary>Adds an asset.</summary>
    /// <param name="asset">The asset.</param>
    /// <returns>This builder.</returns>
    public RiskAssessmentBuilder WithAsset(DataAsset asset)
    {
        assets.Add(asset ?? throw new ArgumentNullException(nameof(asset)));
        return this;
    }

    /// <summary>Adds a control.</summary>
    /// <param name="control">The control.</param>
    /// <returns>This builder.</returns>
    public RiskAssessmentBuilder WithControl(Control control)
    {
        controls.Add(control ?? throw new ArgumentNullException(nameof(control)));
        return this;
    }

    /// <summary>Adds a control by id.</summary>
    /// <param name="id">A control id of <see cref="ControlCatalog"/>.</param>
    /// <param name="status">In place (the default), planned or absent.</param>
    /// <param name="strength">Its strength; the catalogue's default when <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public RiskAssessmentBuilder WithControl(string id, ControlStatus status = ControlStatus.InPlace, ControlStrength? strength = null)
        => WithControl(new Control(id, status, strength));

    /// <summary>Adds several controls in place, by id.</summary>
    /// <param name="ids">Control ids.</param>
    /// <returns>This builder.</returns>
    public RiskAssessmentBuilder WithControlsInPlace(params string[] ids)
    {
        foreach (var id in ids)
        {
            WithControl(id);
        }

        return this;
    }

    /// <summary>Sets the model's numbers.</summary>
    /// <param name="assessmentOptions">The options.</param>
    /// <returns>This builder.</returns>
    public RiskAssessmentBuilder WithOptions(AssessmentOptions assessmentOptions)
    {
        options = assessmentOptions ?? throw new ArgumentNullException(nameof(assessmentOptions));
        return this;
    }

    /// <summary>Links assets that hold the same people and can be joined (see <see cref="AssetLinkage"/>).</summary>
    /// <param name="basis">How the assets can be joined.</param>
    /// <param name="assetIds">The ids of the linked assets (at least two).</param>
    /// <returns>This builder.</returns>
    public RiskAssessmentBuilder WithLinkage(string basis, params string[] assetIds)
    {
        linkages.Add(new AssetLinkage(assetIds, basis));
        return this;
    }

    /// <summary>Builds the assessment.</summary>
    /// <returns>The assessment.</returns>
    /// <exception cref="InvalidOptionException">See <see cref="RiskAssessment(string, ReleaseSetting, IEnumerable{DataAsset}, IEnumerable{Control}, AssessmentOptions?, IEnumerable{AssetLinkage}?)"/>.</exception>
    public RiskAssessment Build() => new(title, setting, assets, controls, options, linkages);
}
