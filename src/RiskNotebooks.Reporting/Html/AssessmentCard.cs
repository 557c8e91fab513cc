using System.Globalization;
using System.Text;
using RiskNotebooks.Assessment;
using RiskNotebooks.Guidance;
using static RiskNotebooks.Reporting.Html.HtmlText;

namespace RiskNotebooks.Reporting.Html;

/// <summary>
/// The HTML view of an evaluated assessment: the guiding questions' conclusions, harm and likelihood with their reasons,
/// the controls along each threat path with its weakest link, and the risk initial and residual.
/// </summary>
public static class AssessmentCard
{
    /// <summary>Renders the card.</summary>
    /// <param name="report">The evaluated assessment.</param>
    /// <returns>An HTML fragment.</returns>
    public static string ToHtml(AssessmentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var result = report.Result;
        var b = new StringBuilder();
        b.Append(Style);
        b.Append("<div class=\"risknb-card risknb-assessment\">");
        b.Append($"<h3>Assessment: {Encode(result.Assessment.Title)}</h3>");
        b.Append($"<p>Setting: <b>{Encode(Vocabulary.Words(result.Assessment.Setting))}</b>; assets: {Encode(string.Join(", ", result.Assessment.Assets.Select(a => a.Id)))}.</p>");

        if (report.Conclusions.Count > 0)
        {
            b.Append("<table><tr><th>guiding question</th><th class=\"text\">conclusion</th></tr>");
            foreach (var c in report.Conclusions)
            {
                b.Append($"<tr><td>{Encode(c.Question.Id)}</td><td class=\"text\"><b>{Encode(c.Value ?? c.Answer.Id)}</b>: {Encode(c.Reason)}</td></tr>");
            }

            b.Append("</table>");
        }

        b.Append($"<p><b>Harm: {Encode(result.Harm.Level.Name())} ({result.Harm.Level.Number()})</b></p><ul>");
        foreach (var reason in result.Harm.Reasons)
        {
            b.Append($"<li>{Encode(reason.Text)}</li>");
        }

        b.Append("</ul>");
        b.Append("<table><tr><th></th><th>initial</th><th>residual</th></tr>");
        b.Append($"<tr><td>P(re-id | attempt)</td><td>{Probability(result.InitialLikelihood.Reidentification.Probability)}</td><td>{Probability(result.ResidualLikelihood.Reidentification.Probability)}</td></tr>");
        b.Append($"<tr><td>P(attempt): the weakest link</td><td>{Probability(result.InitialAttempt.Probability)}</td><td>{Probability(result.ResidualAttempt.Probability)}</td></tr>");
        b.Append($"<tr><td>P(re-identification)</td><td>{Probability(result.InitialLikelihood.Probability)}</td><td>{Probability(result.ResidualLikelihood.Probability)}</td></tr>");
        b.Append($"<tr><td>likelihood</td><td><b>{Encode(result.InitialLikelihood.Level.Name())}</b></td><td><b>{Encode(result.ResidualLikelihood.Level.Name())}</b></td></tr>");
        b.Append($"<tr><td>risk</td><td><b>{Encode(result.Risk.Initial.Level.Name())}</b> ({Encode(Vocabulary.Words(result.Risk.Initial.Zone))})</td><td><b>{Encode(result.Risk.Residual.Level.Name())}</b> ({Encode(Vocabulary.Words(result.Risk.Residual.Zone))})</td></tr></table>");

        if (result.Assets.Count > 1)
        {
            b.Append("<table><tr><th>asset</th><th class=\"text\">P(re-id | attempt) measured as</th><th>initial</th><th>residual</th></tr>");
            foreach (var a in result.Assets)
            {
                var how = a.Asset.Measurement is { } measured ? $"{measured.Source}: {measured.Method}" : "not measured (assumed 1)";
                if (a.Asset.PlannedDataMeasure is { } planned)
                {
                    how += $"; after '{planned.Name}': {planned.Measurement.Source}: {planned.Measurement.Method}";
                }

                b.Append($"<tr><td>{Encode(a.Asset.Id)}</td><td class=\"text\">{Encode(how)}</td><td>{Probability(a.InitialLikelihood.Reidentification.Probability)}{Linked(a.InitialLikelihood)}</td><td>{Probability(a.ResidualLikelihood.Reidentification.Probability)}{Linked(a.ResidualLikelihood)}</td></tr>");
            }

            b.Append("</table>");
            foreach (var linkage in result.Assessment.Linkages)
            {
                b.Append($"<p>Linked: {Encode(string.Join(", ", linkage.AssetIds))} ({Encode(linkage.Basis)}): each linked asset's P(re-id | attempt) is 1 − Π(1 − pᵢ) over the assets it is linked with.</p>");
            }
        }

        b.Append("<table><tr><th>threat path</th><th>P(attempt) initial</th><th class=\"text\">weakest link, initial</th><th>residual</th><th class=\"text\">weakest link, residual</th></tr>");
        var residualPaths = result.ResidualAttempt.Paths.ToDictionary(p => p.Path);
        foreach (var path in result.InitialAttempt.Paths)
        {
            var residual = residualPaths.GetValueOrDefault(path.Path);
            var weakest = path.WeakestLink.Safeguard?.IsGap == true ? "risknb-high" : string.Empty;
            b.Append($"<tr><td>{Encode(Vocabulary.Words(path.Path))}</td><td>{Probability(path.AttemptProbability)}</td><td class=\"text {weakest}\">{Encode(path.WeakestLink.Reason)}</td>");
            b.Append($"<td>{(residual is null ? string.Empty : Probability(residual.AttemptProbability))}</td><td class=\"text\">{Encode(residual?.WeakestLink.Reason)}</td></tr>");
        }

        b.Append("</table>");
        b.Append($"<p><b>Weakest link overall</b>, initial: {Encode(result.InitialAttempt.WeakestLink.Reason.TrimEnd('.'))}; residual: {Encode(result.ResidualAttempt.WeakestLink.Reason.TrimEnd('.'))}.</p>");
        if (result.Risk.Effects.Count > 0)
        {
            b.Append("<p>What the planned measures change:</p><ul>");
            foreach (var effect in result.Risk.Effects)
            {
                b.Append($"<li>{Encode(effect.Text)}</li>");
            }

            b.Append("</ul>");
        }

        var m = report.Metadata;
        b.Append($"<p class=\"note\">Sensitivity metadata: classification <b>{Encode(Vocabulary.Words(m.Classification))}</b> ({Encode(m.ClassificationReason)}); personal data: {Encode(Vocabulary.Words(m.PersonalData))}; permitted openness: <b>{Encode(Vocabulary.Words(m.PermittedOpenness.Level))}</b>.</p>");
        b.Append("</div>");
        return b.ToString();
    }

    private static string Probability(double probability) => probability.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Linked(LikelihoodEstimate estimate) => estimate.Reidentification.Basis == "linked" ? " (linked)" : string.Empty;
}
