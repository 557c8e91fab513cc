namespace RiskNotebooks.Assessment;

/// <summary>P(attempt) from the setting and the controls: each path as strong as its weakest safeguard, the assessment as
/// exposed as its most exposed path.</summary>
internal static class ThreatModel
{
    internal static AttemptEstimate Estimate(ReleaseSetting setting, IReadOnlyList<Control> controls, RiskStage stage, AttemptProbabilities probabilities)
    {
        var paths = new List<PathAssessment>();
        foreach (var definition in ControlCatalog.Paths.Where(p => p.AppliesTo(setting)))
        {
            var states = definition.Safeguards.Select(s => State(s, controls, stage)).ToArray();
            var weakest = states.OrderBy(s => s.Strength).First(); // stable: the first listed on ties
            var words = Vocabulary.Words(definition.Path);
            WeakestLink link;
            if (setting == ReleaseSetting.PublicRelease)
            {
                link = new WeakestLink(definition.Path, null, probabilities.PublicRelease,
                    $"{Capitalise(words)}: a public release lets anyone try, and no control binds an anonymous downloader, so P(attempt) = {Probability(probabilities.PublicRelease)} (El Emam & Arbuckle 2013; IPC Ontario 2016).");
            }
            else
            {
                var p = probabilities.For(weakest.Strength);
                var basis = weakest.IsGap ? "a gap" : $"{Vocabulary.Words(weakest.Strength)} weakest safeguard";
                link = new WeakestLink(definition.Path, weakest, p,
                    $"{Capitalise(words)}: weakest safeguard is '{weakest.Safeguard.Need}', {weakest.Describe()}; P(attempt) for {basis} = {Probability(p)}.");
            }

            paths.Add(new PathAssessment(definition, states, link));
        }

        var worst = paths.OrderByDescending(p => p.AttemptProbability).First(); // stable: the first path on ties
        var reasons = new List<Reason>();
        if (setting == ReleaseSetting.PublicRelease)
        {
            reasons.Add(new Reason("public-release", $"Public release: P(attempt) = {Probability(worst.AttemptProbability)}; an attempt must be assumed (El Emam & Arbuckle 2013; IPC Ontario 2016)."));
        }
        else
        {
            reasons.Add(new Reason("weakest-link", $"P(attempt) = {Probability(worst.AttemptProbability)}, the highest of the {paths.Count} threat paths of a {Vocabulary.Words(setting)} setting: {worst.WeakestLink.Reason}"));
            var tied = paths.Where(p => p != worst && p.AttemptProbability == worst.AttemptProbability).Select(p => Vocabulary.Words(p.Path)).ToArray();
            if (tied.Length > 0)
            {
                reasons.Add(new Reason("weakest-link", $"Equally exposed: {string.Join(", ", tied)}; closing one path alone does not lower P(attempt)."));
            }
        }

        return new AttemptEstimate(stage, setting, paths, worst.WeakestLink, reasons);
    }

    private static SafeguardState State(Safeguard safeguard, IReadOnlyList<Control> controls, RiskStage stage)
    {
        var listed = controls.Where(c => safeguard.ControlIds.Contains(c.Id)).ToArray();
        var counting = listed.Where(c => c.CountsAt(stage)).OrderByDescending(c => c.Strength).FirstOrDefault();
        return new SafeguardState(safeguard, counting, listed.Where(c => !c.CountsAt(stage)).ToArray());
    }

    internal static string Probability(double p) => Probabilities.Format(p);

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
