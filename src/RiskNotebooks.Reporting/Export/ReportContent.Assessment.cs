using RiskNotebooks.Assessment;
using RiskNotebooks.Data;
using RiskNotebooks.Guidance;
using static RiskNotebooks.Reporting.Export.ReportBuilder;

namespace RiskNotebooks.Reporting.Export;

/// <summary>The reports of an assessment and of the identifiability catalogue.</summary>
internal static partial class ReportContent
{
    internal static ReportDocument For(AssessmentReport report, MinimumCellSize minimum)
    {
        var r = report.Result;
        var b = new ReportBuilder("Risk assessment", "assess", report.Source, minimum);
        b.H1(ReportBuilder.Description);
        b.Paragraph($"{r.Assessment.Title}. Setting: {Vocabulary.Words(r.Assessment.Setting)}. Assessed from {b.Source}.");
        b.Table(
            ["asset", "name", "kinds of data", "people"],
            r.Assessment.Assets.Select(a => (IReadOnlyList<ReportCell>)[a.Id, a.Name, string.Join(", ", a.Kinds.Select(k => Vocabulary.Words(k))), a.SubjectCount is { } n ? b.People(n) : a.Measurement?.SubjectCount is { } measured ? $"{b.People(measured)} (measured)" : "not stated"]),
            "The data assets assessed.");
        if (report.Conclusions.Count > 0)
        {
            b.H2("Guiding questions");
            b.Table(
                ["question", "answer", "why"],
                report.Conclusions.Select(c => (IReadOnlyList<ReportCell>)[c.Question.Text, c.Value ?? c.Answer.Id, c.Reason]),
                "The guiding questions the assessment answers, and what each answer concludes.");
        }

        var m = report.Metadata;
        b.Figures(
        [
            ("classification", $"{Vocabulary.Words(m.Classification)} ({m.ClassificationReason})"),
            ("personal data", $"{Vocabulary.Words(m.PersonalData)} ({m.PersonalDataReason})"),
            ("permitted openness", Vocabulary.Words(m.PermittedOpenness.Level)),
        ], "Sensitivity metadata.");

        b.H1(ReportBuilder.Risks);
        b.H2($"Harm: {r.Harm.Level.Name()} ({r.Harm.Level.Number()})");
        foreach (var reason in r.Harm.Reasons)
        {
            b.Paragraph(reason.Text);
        }

        b.H2("Likelihood");
        b.Table(
            ["", "initial", "residual"],
            [
                ["P(re-id | attempt)", Probability(r.InitialLikelihood.Reidentification.Probability), Probability(r.ResidualLikelihood.Reidentification.Probability)],
                ["P(attempt): the weakest link", Probability(r.InitialAttempt.Probability), Probability(r.ResidualAttempt.Probability)],
                ["P(re-identification)", Probability(r.InitialLikelihood.Probability), Probability(r.ResidualLikelihood.Probability)],
                ["likelihood", r.InitialLikelihood.Level.Name(), r.ResidualLikelihood.Level.Name()],
                ["risk", new ReportCell($"{r.Risk.Initial.Level.Name()} ({Vocabulary.Words(r.Risk.Initial.Zone)})", ZoneShade(r.Risk.Initial.Zone)), new ReportCell($"{r.Risk.Residual.Level.Name()} ({Vocabulary.Words(r.Risk.Residual.Zone)})", ZoneShade(r.Risk.Residual.Zone))],
            ],
            "Likelihood = P(re-identification | attempt) × P(attempt); risk = harm × likelihood.");

        b.Table(
            ["asset", "P(re-id | attempt) measured as", "initial", "residual"],
            r.Assets.Select(a => (IReadOnlyList<ReportCell>)
            [
                a.Asset.Id,
                Measure(a.Asset.Measurement, b.Minimum) + (a.Asset.PlannedDataMeasure is { } planned ? $"; after '{planned.Name}': {Measure(planned.Measurement, b.Minimum)}" : string.Empty),
                Probability(a.InitialLikelihood.Reidentification.Probability) + (a.InitialLikelihood.Reidentification.Basis == "linked" ? " (linked)" : string.Empty),
                Probability(a.ResidualLikelihood.Reidentification.Probability) + (a.ResidualLikelihood.Reidentification.Basis == "linked" ? " (linked)" : string.Empty),
            ]),
            "How each asset's P(re-id | attempt) was measured: the engine, its measure and parameters (average risk unless the release is public).");
        foreach (var linkage in r.Assessment.Linkages)
        {
            b.Paragraph($"Linked: {string.Join(", ", linkage.AssetIds)} ({linkage.Basis}). A person in linked assets is singled out through any of them: each linked asset's P(re-id | attempt) is 1 − Π(1 − pᵢ) over the assets it is linked with.");
        }

        b.H2("Weakest links");
        var residualPaths = r.ResidualAttempt.Paths.ToDictionary(p => p.Path);
        b.Table(
            ["threat path", "P(attempt) initial", "weakest link, initial", "P(attempt) residual", "weakest link, residual"],
            r.InitialAttempt.Paths.Select(p =>
            {
                var residual = residualPaths.GetValueOrDefault(p.Path);
                return (IReadOnlyList<ReportCell>)
                [
                    Vocabulary.Words(p.Path),
                    Probability(p.AttemptProbability),
                    new ReportCell(p.WeakestLink.Reason, p.WeakestLink.Safeguard?.IsGap == true ? "F0B27A" : null),
                    residual is null ? string.Empty : Probability(residual.AttemptProbability),
                    residual?.WeakestLink.Reason ?? string.Empty,
                ];
            }),
            "Each threat path is as strong as its weakest safeguard (shaded: a gap).");
        b.Paragraph($"Weakest link overall, initial: {r.InitialAttempt.WeakestLink.Reason.TrimEnd('.')}; residual: {r.ResidualAttempt.WeakestLink.Reason.TrimEnd('.')}.");

        b.H2("Risk matrix");
        var levels = RiskLevels.All;
        b.Table(
            ["harm \\ likelihood", .. levels.Select(l => l.Name())],
            levels.Reverse().Select(harm => (IReadOnlyList<ReportCell>)
            [
                harm.Name(),
                .. levels.Select(likelihood =>
                {
                    var cell = new RiskCell(harm, likelihood);
                    var here = r.Matrix.Markers.Where(mk => mk.Cell == cell).Select(mk => $"{(mk.Stage == RiskStage.Initial ? "initial" : "residual")}: {mk.AssetId ?? "all assets"}");
                    return new ReportCell(string.Join("; ", here), ZoneShade(cell.Zone));
                }),
            ]),
            "Harm × likelihood (CNIL zones: green acceptable, yellow reduce the likelihood, orange avoid or reduce, red avoid absolutely); each asset's initial and residual cell is named in it.");
        b.Table(
            ["asset", "harm", "initial risk", "residual risk"],
            r.Assets.Select(a => (IReadOnlyList<ReportCell>)[a.Asset.Id, a.Harm.Level.Name(), new ReportCell(a.InitialRisk.Level.Name(), ZoneShade(a.InitialRisk.Zone)), new ReportCell(a.ResidualRisk.Level.Name(), ZoneShade(a.ResidualRisk.Zone))]),
            "Each asset, initial and residual.");
        b.Chart("Risk matrix, with arrows for what the planned measures change");

        b.H1(ReportBuilder.Measures);
        b.Table(
            ["control", "status", "strength"],
            r.Assessment.Controls.Select(c => (IReadOnlyList<ReportCell>)[c.Definition.Name, Vocabulary.Words(c.Status), Vocabulary.Words(c.Strength)]),
            "Controls, in place and planned.");
        if (r.Risk.Effects.Count > 0)
        {
            b.Paragraph("What the planned measures change:");
            foreach (var effect in r.Risk.Effects)
            {
                b.Paragraph("• " + effect.Text);
            }
        }
        else
        {
            b.Paragraph("No planned measure changes the risk.");
        }

        b.H1(ReportBuilder.Residual);
        b.Table(
            ["", "initial", "residual"],
            [
                ["harm", r.Harm.Level.Name(), r.Harm.Level.Name()],
                ["likelihood", r.InitialLikelihood.Level.Name(), r.ResidualLikelihood.Level.Name()],
                ["risk", new ReportCell(r.Risk.Initial.Level.Name(), ZoneShade(r.Risk.Initial.Zone)), new ReportCell(r.Risk.Residual.Level.Name(), ZoneShade(r.Risk.Residual.Zone))],
            ],
            "Initial (controls in place) and residual (with the planned controls and measures) risk.");
        b.Paragraph(r.Risk.Residual.Advice);
        b.About(hasCharts: true);
        return b.Build();
    }

    private static string Measure(IReidentificationMeasurement? measurement, MinimumCellSize minimum)
        => measurement is null ? "not measured (assumed 1)" : $"{measurement.Source}: {measurement.DescribeMethod(minimum)}";

    internal static ReportDocument For(IdentifiabilityCatalogue catalogue, CatalogueEntry? entry, MinimumCellSize minimum)
    {
        var b = new ReportBuilder("Identifiability catalogue: is it personal data?", "catalogue", entry is null ? Path.GetFileName(catalogue.Source) : entry.Id, minimum);
        b.H1(ReportBuilder.Description);
        b.Paragraph("What the literature says about how identifying each kind of sequence data and image is, with a verdict on whether it is personal data.");
        b.H1(ReportBuilder.Risks);
        var entries = entry is null ? catalogue.Entries : [entry];
        b.Table(
            ["entry", "kind", "verdict", "personal data", "P(re-id | attempt)"],
            entries.Select(e => (IReadOnlyList<ReportCell>)[$"{e.Name} ({e.Id})", e.Kind, e.Verdict, e.PersonalData, new ReportCell(e.Low == e.High ? Probability(e.Low) : $"{Probability(e.Low)}–{Probability(e.High)}", ShareShade(e.High))]),
            "The catalogue's entries.");
        if (entry is not null)
        {
            b.Paragraph(entry.Why);
            b.H1(ReportBuilder.Measures);
            foreach (var measure in entry.Measures)
            {
                b.Paragraph("• " + measure);
            }

            b.H2("Sources");
            foreach (var source in entry.Evidence.Select(e => e.Source).Distinct())
            {
                b.Paragraph(source.Citation);
            }
        }
        else
        {
            b.H1(ReportBuilder.Measures);
            b.Paragraph("Each entry's measures and sources: risknb catalogue TYPE.");
        }

        b.H1(ReportBuilder.Residual);
        b.Paragraph(MeasuredNotAssessed);
        b.About(hasCharts: false);
        return b.Build();
    }

    private static string Probability(double p) => Number(p, "0.####");
}
