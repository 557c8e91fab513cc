using RiskNotebooks.Assessment;

namespace RiskNotebooks.Tests.Assessment;

/// <summary>Small assets and assessments for the model's tests.</summary>
internal static class Assessments
{
    internal static readonly string[] AllControlIds = ControlCatalog.Controls.Select(c => c.Id).ToArray();

    internal static DataAsset Asset(params SpecialCategory[] categories) => new() { Id = "asset", Name = "An asset", SpecialCategories = categories };

    internal static DataAsset Measured(double average, double? highest = null, string id = "asset")
        => new() { Id = id, Name = $"Asset {id}", Measurement = new StatedMeasurement(average, "stated in a test", highest) };

    /// <summary>An assessment in a setting with the given controls in place.</summary>
    internal static RiskAssessment With(ReleaseSetting setting, DataAsset asset, params string[] inPlace)
        => new("A test assessment", setting, [asset], inPlace.Select(id => new Control(id, ControlStatus.InPlace)));

    /// <summary>An assessment with every control of the catalogue in place.</summary>
    internal static RiskAssessment FullyGuarded(ReleaseSetting setting, DataAsset asset) => With(setting, asset, AllControlIds);

    internal static PathAssessment Path(AssessmentResult result, ThreatPath path, RiskStage stage = RiskStage.Initial)
        => result.AttemptAt(stage).Paths.Single(p => p.Path == path);
}
