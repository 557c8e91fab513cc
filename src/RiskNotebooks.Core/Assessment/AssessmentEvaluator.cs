namespace RiskNotebooks.Assessment;

/// <summary>Evaluates a <see cref="RiskAssessment"/>: the steps of the model in the order the remarks of that class give.</summary>
internal static class AssessmentEvaluator
{
    internal static AssessmentResult Evaluate(RiskAssessment assessment)
    {
        var options = assessment.Options;
        var setting = assessment.Setting;
        var initialAttempt = ThreatModel.Estimate(setting, assessment.Controls, RiskStage.Initial, options.Attempt);
        var residualAttempt = ThreatModel.Estimate(setting, assessment.Controls, RiskStage.Residual, options.Attempt);

        var own = assessment.Assets.Select(a =>
        {
            var initial = Initial(a, setting);
            return (Initial: initial, Residual: Residual(a, setting, initial));
        }).ToArray();
        var assets = new List<AssetAssessment>();
        for (var i = 0; i < assessment.Assets.Count; i++)
        {
            var asset = assessment.Assets[i];
            var harm = HarmRules.Evaluate(asset, options, asset.Measurement?.SubjectCount);
            var initialReid = Linked(assessment, i, own.Select(o => o.Initial).ToArray());
            var residualReid = Linked(assessment, i, own.Select(o => o.Residual).ToArray());
            assets.Add(new AssetAssessment(
                asset,
                harm,
                Likelihood(asset.Id, initialReid, initialAttempt, options.Likelihood),
                Likelihood(asset.Id, residualReid, residualAttempt, options.Likelihood)));
        }

        var harmOverall = OverallHarm(assets);
        var initialLikelihood = OverallLikelihood(assets, RiskStage.Initial);
        var residualLikelihood = OverallLikelihood(assets, RiskStage.Residual);
        var initialCell = new RiskCell(harmOverall.Level, initialLikelihood.Level);
        var residualCell = new RiskCell(harmOverall.Level, residualLikelihood.Level);
        var effects = Effects(assessment, initialAttempt, residualAttempt, assets);
        var change = new RiskChange(initialCell, residualCell, effects, ChangeReasons(initialAttempt, residualAttempt, initialLikelihood, residualLikelihood, initialCell, residualCell));
        var matrix = Matrix(assessment, assets, change);
        return new AssessmentResult(assessment, harmOverall, initialAttempt, residualAttempt, initialLikelihood, residualLikelihood, change, assets, matrix);
    }

    private static ReidentificationEstimate Initial(DataAsset asset, ReleaseSetting setting)
    {
        if (asset.EffectivePersonalData == PersonalDataStatus.Identified)
        {
            return new ReidentificationEstimate(RiskStage.Initial, 1d, "direct-identifiers", asset.Measurement,
                [new Reason("direct-identifiers", "Direct identifiers are present: re-identification needs no attack, so P(re-id | attempt) = 1.")]);
        }

        if (asset.Measurement is not { } measurement)
        {
            return new ReidentificationEstimate(RiskStage.Initial, 1d, "not-measured", null,
                [new Reason("not-measured", "Not measured: P(re-id | attempt) assumed 1, the worst case. Measure the data, or state the probability with its basis.")]);
        }

        return Measured(RiskStage.Initial, measurement, setting, null);
    }

    private static ReidentificationEstimate Residual(DataAsset asset, ReleaseSetting setting, ReidentificationEstimate initial)
    {
        if (asset.PlannedDataMeasure is not { } planned)
        {
            return new ReidentificationEstimate(RiskStage.Residual, initial.Probability, initial.Basis, initial.Measurement,
                [.. initial.Reasons, new Reason("no-data-measure", "No planned data measure: as initially.")]);
        }

        var after = Measured(RiskStage.Residual, planned.Measurement, setting, planned.Name);
        if (after.Probability <= initial.Probability)
        {
            return after;
        }

        return new ReidentificationEstimate(RiskStage.Residual, initial.Probability, initial.Basis, initial.Measurement,
            [.. initial.Reasons, new Reason("data-measure-no-gain", $"The planned data measure '{planned.Name}' does not lower the measured risk ({Probability(after.Probability)} against {Probability(initial.Probability)}): the initial value is kept.")]);
    }

    private static ReidentificationEstimate Measured(RiskStage stage, IReidentificationMeasurement measurement, ReleaseSetting setting, string? plannedMeasure)
    {
        var highest = setting == ReleaseSetting.PublicRelease;
        var p = Preconditions.CheckProbability(highest ? measurement.HighestRisk : measurement.AverageRisk, nameof(measurement));
        var which = highest ? "highest" : "average";
        var why = highest
            ? "a public release: an attacker may pick the most exposed record, so the highest risk is the measure (El Emam & Arbuckle 2013)"
            : $"a {Vocabulary.Words(setting)} setting: a non-public release is measured by the average risk (El Emam & Arbuckle 2013)";
        var after = plannedMeasure is null ? string.Empty : $"After the planned data measure '{plannedMeasure}': ";
        var text = $"{after}P(re-id | attempt) = {Probability(p)}, the {which} risk of {measurement.Source} ({measurement.Method}), for {why}.";
        return new ReidentificationEstimate(stage, p, highest ? "highest-risk" : "average-risk", measurement, [new Reason(highest ? "highest-risk" : "average-risk", text)]);
    }

    /// <summary>
    /// An asset's P(re-id | attempt) with its linkages: 1 − Π(1 − pᵢ) over the asset and every asset a linkage joins it
    /// with (see <see cref="AssetLinkage"/>); its own estimate when it is linked with none.
    /// </summary>
    private static ReidentificationEstimate Linked(RiskAssessment assessment, int index, IReadOnlyList<ReidentificationEstimate> own)
    {
        var asset = assessment.Assets[index];
        var estimate = own[index];
        var linkages = assessment.Linkages.Where(l => l.Links(asset.Id)).ToArray();
        if (linkages.Length == 0)
        {
            return estimate;
        }

        var partners = new List<int>();
        for (var j = 0; j < assessment.Assets.Count; j++)
        {
            if (j != index && linkages.Any(l => l.Links(assessment.Assets[j].Id)))
            {
                partners.Add(j);
            }
        }

        var combined = AssetLinkage.Combine(partners.Select(j => own[j].Probability).Prepend(estimate.Probability));
        var terms = string.Join(" × ", partners.Select(j => own[j].Probability).Prepend(estimate.Probability).Select(p => $"(1 − {Probability(p)})"));
        var names = string.Join(", ", partners.Select(j => $"{assessment.Assets[j].Id} ({Probability(own[j].Probability)})"));
        var bases = string.Join("; ", linkages.Select(l => l.Basis));
        var text = $"Linked with {names}: {bases}. A person in linked assets is singled out through any of them, so P(re-id | attempt) = 1 − {terms} = {Probability(combined)} (was {Probability(estimate.Probability)} for {asset.Id} alone).";
        return new ReidentificationEstimate(estimate.Stage, combined, "linked", estimate.Measurement, [.. estimate.Reasons, new Reason("linked", text)]);
    }

    private static LikelihoodEstimate Likelihood(string assetId, ReidentificationEstimate reid, AttemptEstimate attempt, LikelihoodScale scale)
    {
        var p = reid.Probability * attempt.Probability;
        var level = scale.LevelOf(p);
        var reasons = new List<Reason>(reid.Reasons);
        reasons.AddRange(attempt.Reasons);
        reasons.Add(new Reason("likelihood-scale", $"P(re-id) = {Probability(reid.Probability)} × {Probability(attempt.Probability)} = {Probability(p)}: {level.Name()} ({scale.RangeOf(level)}).", level));
        return new LikelihoodEstimate(reid.Stage, reid, attempt.Probability, level, reasons, assetId);
    }

    private static HarmAssessment OverallHarm(IReadOnlyList<AssetAssessment> assets)
    {
        if (assets.Count == 1)
        {
            return assets[0].Harm;
        }

        var top = assets.OrderByDescending(a => a.Harm.Level).First();
        var reasons = new List<Reason> { new("highest-asset", $"The harm of the assessment is the highest of its {assets.Count} assets': {top.Asset.Id} ({top.Harm.Level.Name()}).", top.Harm.Level) };
        reasons.AddRange(top.Harm.Reasons);
        return new HarmAssessment(top.Harm.Level, assets.Max(a => a.Harm.DerivedLevel), reasons, top.Harm.Override);
    }

    private static LikelihoodEstimate OverallLikelihood(IReadOnlyList<AssetAssessment> assets, RiskStage stage)
    {
        var estimates = assets.Select(a => stage == RiskStage.Initial ? a.InitialLikelihood : a.ResidualLikelihood).ToArray();
        if (estimates.Length == 1)
        {
            return estimates[0];
        }

        var top = estimates.OrderByDescending(e => e.Probability).First();
        var reasons = new List<Reason> { new("highest-asset", $"The likelihood of the assessment is the highest of its {estimates.Length} assets': {top.AssetId} ({Probability(top.Probability)}, {top.Level.Name()}).", top.Level) };
        reasons.AddRange(top.Reasons);
        return new LikelihoodEstimate(stage, top.Reidentification, top.AttemptProbability, top.Level, reasons, top.AssetId);
    }

    private static List<MeasureEffect> Effects(RiskAssessment assessment, AttemptEstimate initial, AttemptEstimate residual, IReadOnlyList<AssetAssessment> assets)
    {
        var effects = new List<MeasureEffect>();
        foreach (var control in assessment.Controls.Where(c => c.Status == ControlStatus.Planned))
        {
            var name = control.Definition.Name;
            var count = effects.Count;
            if (assessment.Setting == ReleaseSetting.PublicRelease)
            {
                effects.Add(new MeasureEffect(MeasureKind.Control, name, control.Id, null, null, initial.Probability, residual.Probability,
                    $"{name} (planned): no effect on P(attempt) in a public release."));
                continue;
            }

            for (var i = 0; i < residual.Paths.Count; i++)
            {
                var before = initial.Paths[i];
                var after = residual.Paths[i];
                for (var s = 0; s < after.Safeguards.Count; s++)
                {
                    var now = after.Safeguards[s];
                    if (now.Control != control || now.Strength <= before.Safeguards[s].Strength)
                    {
                        continue;
                    }

                    var path = Vocabulary.Words(after.Path);
                    var text = after.AttemptProbability < before.AttemptProbability
                        ? $"{name} (planned) provides '{now.Safeguard.Need}' on the {path} path: P(attempt) along it {Probability(before.AttemptProbability)} → {Probability(after.AttemptProbability)}."
                        : $"{name} (planned) provides '{now.Safeguard.Need}' on the {path} path, but the path is still limited by '{after.WeakestLink.Safeguard!.Safeguard.Need}' ({after.WeakestLink.Safeguard.Describe()}): P(attempt) along it stays {Probability(after.AttemptProbability)}.";
                    effects.Add(new MeasureEffect(MeasureKind.Control, name, control.Id, null, after.Path, before.AttemptProbability, after.AttemptProbability, text));
                }
            }

            if (effects.Count == count)
            {
                effects.Add(new MeasureEffect(MeasureKind.Control, name, control.Id, null, null, initial.Probability, residual.Probability,
                    $"{name} (planned): no threat path of this setting gets stronger from it (another control already provides what it would, or it guards no path here)."));
            }
        }

        foreach (var asset in assets)
        {
            if (asset.Asset.PlannedDataMeasure is { } planned)
            {
                var before = asset.InitialLikelihood.Reidentification.Probability;
                var after = asset.ResidualLikelihood.Reidentification.Probability;
                var text = after < before
                    ? $"{planned.Name} (planned, {asset.Asset.Id}): P(re-id | attempt) {Probability(before)} → {Probability(after)}."
                    : $"{planned.Name} (planned, {asset.Asset.Id}): does not lower P(re-id | attempt) ({Probability(before)}).";
                effects.Add(new MeasureEffect(MeasureKind.DataMeasure, planned.Name, null, asset.Asset.Id, null, before, after, text));
            }
        }

        return effects;
    }

    private static List<Reason> ChangeReasons(AttemptEstimate initialAttempt, AttemptEstimate residualAttempt, LikelihoodEstimate initial, LikelihoodEstimate residual, RiskCell initialCell, RiskCell residualCell)
    {
        var reasons = new List<Reason>
        {
            new("attempt-change", initialAttempt.Probability == residualAttempt.Probability
                ? $"P(attempt) stays {Probability(initialAttempt.Probability)}: the planned controls do not strengthen the weakest link ({Vocabulary.Words(residualAttempt.WeakestLink.Path)})."
                : $"P(attempt) {Probability(initialAttempt.Probability)} → {Probability(residualAttempt.Probability)}: the weakest link moves from {Vocabulary.Words(initialAttempt.WeakestLink.Path)} to {Vocabulary.Words(residualAttempt.WeakestLink.Path)}."),
            new("reidentification-change", $"P(re-id | attempt) {Probability(initial.Reidentification.Probability)} → {Probability(residual.Reidentification.Probability)}."),
            new("likelihood-change", $"Likelihood {initial.Level.Name()} ({Probability(initial.Probability)}) → {residual.Level.Name()} ({Probability(residual.Probability)}).", residual.Level),
            new("risk-change", initialCell == residualCell
                ? $"The risk stays in the cell harm {initialCell.Harm.Name()} × likelihood {initialCell.Likelihood.Name()}: {initialCell.Level.Name()} risk. {initialCell.Advice}"
                : $"The risk moves from harm {initialCell.Harm.Name()} × likelihood {initialCell.Likelihood.Name()} ({initialCell.Level.Name()} risk) to harm {residualCell.Harm.Name()} × likelihood {residualCell.Likelihood.Name()} ({residualCell.Level.Name()} risk). {residualCell.Advice}", residualCell.Level),
        };
        return reasons;
    }

    private static RiskMatrix Matrix(RiskAssessment assessment, IReadOnlyList<AssetAssessment> assets, RiskChange change)
    {
        var lowering = change.Effects.Where(e => e.Lowers).Select(e => e.Measure).Distinct().ToArray();
        var markers = new List<RiskMarker>
        {
            new($"{assessment.Title} (initial)", null, RiskStage.Initial, change.Initial),
            new($"{assessment.Title} (residual)", null, RiskStage.Residual, change.Residual),
        };
        var arrows = new List<RiskArrow> { new(assessment.Title, null, change.Initial, change.Residual, lowering) };
        if (assets.Count > 1)
        {
            foreach (var a in assets)
            {
                markers.Add(new RiskMarker($"{a.Asset.Id} (initial)", a.Asset.Id, RiskStage.Initial, a.InitialRisk));
                markers.Add(new RiskMarker($"{a.Asset.Id} (residual)", a.Asset.Id, RiskStage.Residual, a.ResidualRisk));
                var measures = change.Effects.Where(e => e.Lowers && (e.AssetId is null || e.AssetId == a.Asset.Id)).Select(e => e.Measure).Distinct().ToArray();
                arrows.Add(new RiskArrow(a.Asset.Id, a.Asset.Id, a.InitialRisk, a.ResidualRisk, measures));
            }
        }

        return new RiskMatrix(markers, arrows);
    }

    private static string Probability(double p) => Probabilities.Format(p);
}
