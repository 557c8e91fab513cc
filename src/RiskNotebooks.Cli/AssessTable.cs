using System.Globalization;
using RiskNotebooks.Assessment;
using RiskNotebooks.Guidance;

namespace RiskNotebooks.Cli;

/// <summary>The readable summary of an evaluated assessment.</summary>
internal static class AssessTable
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    internal static void Write(AssessmentReport report, TextWriter o)
    {
        var r = report.Result;
        o.WriteLine($"Assessment: {r.Assessment.Title}");
        o.WriteLine($"  file      {Path.GetFileName(report.Source)}");
        o.WriteLine($"  setting   {Vocabulary.Words(r.Assessment.Setting)}");
        o.WriteLine($"  assets    {string.Join(", ", r.Assessment.Assets.Select(a => a.Id))}");

        if (report.Conclusions.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("Guiding questions");
            foreach (var c in report.Conclusions)
            {
                o.WriteLine($"  {c.Question.Id}: {c.Answer.Id}. {c.Reason}");
            }
        }

        o.WriteLine();
        var harm = r.Harm;
        var derived = harm.IsOverridden ? $" (the rules derive {Level(harm.DerivedLevel)})" : string.Empty;
        o.WriteLine($"Harm: {Level(harm.Level)}{derived}");
        foreach (var reason in harm.Reasons)
        {
            o.WriteLine($"  - {reason.Text}");
        }

        o.WriteLine();
        var (i, s) = (r.InitialLikelihood, r.ResidualLikelihood);
        o.WriteLine($"{"Likelihood = P(re-id | attempt) × P(attempt)",-46} {"initial",-16} residual");
        o.WriteLine($"  {"P(re-id | attempt), " + i.Reidentification.Basis.Replace('-', ' '),-44} {Probability(i.Reidentification.Probability),-16} {Probability(s.Reidentification.Probability)}");
        o.WriteLine($"  {"P(attempt), the weakest link",-44} {Probability(i.AttemptProbability),-16} {Probability(s.AttemptProbability)}");
        o.WriteLine($"  {"P(re-id)",-44} {Probability(i.Probability),-16} {Probability(s.Probability)}");
        o.WriteLine($"  {"likelihood",-44} {Level(i.Level),-16} {Level(s.Level)}");
        o.WriteLine($"  cut points: {string.Join(", ", RiskLevels.All.Select(l => $"{l.Name()} {r.Assessment.Options.Likelihood.RangeOf(l)}"))}");
        if (r.Assets.Count > 1)
        {
            o.WriteLine("  measured, per asset: P(re-id | attempt) initial → residual, and how");
            foreach (var a in r.Assets)
            {
                var linked = a.InitialLikelihood.Reidentification.Basis == "linked" ? " (linked)" : string.Empty;
                var how = a.Asset.Measurement is { } measured ? $"{measured.Source}, {measured.Method}" : "not measured (assumed 1)";
                o.WriteLine($"    {a.Asset.Id}: {Probability(a.InitialLikelihood.Reidentification.Probability)} → {Probability(a.ResidualLikelihood.Reidentification.Probability)}{linked}; {how}");
                if (a.Asset.PlannedDataMeasure is { } planned)
                {
                    o.WriteLine($"      after '{planned.Name}': {planned.Measurement.Source}, {planned.Measurement.Method}");
                }
            }

            foreach (var linkage in r.Assessment.Linkages)
            {
                o.WriteLine($"  linked: {string.Join(", ", linkage.AssetIds)} ({linkage.Basis}): 1 − Π(1 − p) over the linked assets");
            }
        }
        else if (i.Reidentification.Measurement is { } m)
        {
            o.WriteLine($"  measured: {m.Source}, {m.Method}");
        }

        o.WriteLine();
        o.WriteLine("Threat paths: P(attempt) and weakest safeguard (initial → residual)");
        for (var p = 0; p < r.InitialAttempt.Paths.Count; p++)
        {
            var before = r.InitialAttempt.Paths[p];
            var after = r.ResidualAttempt.Paths[p];
            o.WriteLine($"  {Vocabulary.Words(before.Path),-28} {Probability(before.AttemptProbability)} → {Probability(after.AttemptProbability)}");
            o.WriteLine($"    initial:  {Weak(before.WeakestLink)}");
            if (after.WeakestLink.Safeguard?.Safeguard != before.WeakestLink.Safeguard?.Safeguard || after.AttemptProbability != before.AttemptProbability)
            {
                o.WriteLine($"    residual: {Weak(after.WeakestLink)}");
            }
        }

        o.WriteLine($"  weakest link overall, initial:  {Vocabulary.Words(r.InitialAttempt.WeakestLink.Path)}: {Weak(r.InitialAttempt.WeakestLink)}");
        o.WriteLine($"  weakest link overall, residual: {Vocabulary.Words(r.ResidualAttempt.WeakestLink.Path)}: {Weak(r.ResidualAttempt.WeakestLink)}");

        o.WriteLine();
        o.WriteLine("Risk = harm × likelihood");
        o.WriteLine($"  initial   {Cell(r.Risk.Initial)}");
        o.WriteLine($"  residual  {Cell(r.Risk.Residual)}");
        o.WriteLine($"  {r.Risk.Residual.Advice}");
        if (r.Risk.Effects.Count > 0)
        {
            o.WriteLine("  planned measures:");
            foreach (var e in r.Risk.Effects)
            {
                o.WriteLine($"    - {e.Text}");
            }
        }

        o.WriteLine();
        Matrix(o, r.Matrix);

        var md = report.Metadata;
        o.WriteLine();
        o.WriteLine("Sensitivity metadata");
        o.WriteLine($"  data set            {md.DatasetId}");
        o.WriteLine($"  classification      {Vocabulary.Words(md.Classification)}. {md.ClassificationReason}");
        o.WriteLine($"  personal data       {Vocabulary.Words(md.PersonalData)}. {md.PersonalDataReason}");
        o.WriteLine($"  special categories  {(md.SpecialCategories.Count == 0 ? "none" : string.Join(", ", md.SpecialCategories.Select(Vocabulary.Words)))}");
        o.WriteLine($"  identifiability     {md.Identifiability.Basis.Replace('-', ' ')} {Probability(md.Identifiability.Initial)} → {Probability(md.Identifiability.Residual)}");
        o.WriteLine($"  harm, likelihood    {Level(md.Harm)}; {Level(md.InitialLikelihood)} → {Level(md.ResidualLikelihood)}");
        var minimum = md.PermittedOpenness.MinimumCellSize is { } k ? $" (cells of at least {k})" : string.Empty;
        o.WriteLine($"  permitted openness  {Vocabulary.Words(md.PermittedOpenness.Level)}{minimum}. {string.Join(" ", md.PermittedOpenness.Reasons)}");
        if (md.PermittedOpenness.DataUseCodes.Count > 0)
        {
            o.WriteLine($"  data use (DUO)      {string.Join(", ", md.PermittedOpenness.DataUseCodes)}");
        }

        if (md.Retention is { } retention)
        {
            var until = retention.Until is { } u ? $" (until {u.ToString("yyyy-MM-dd", Invariant)})" : string.Empty;
            o.WriteLine($"  retention           {retention.Rule}{until}");
        }

        var answered = new[] { ("ethics review", md.EthicsReview), ("legal basis", md.LegalBasis), ("processing", md.ProcessingLocation) }
            .Where(x => x.Item2 is not null).Select(x => $"{x.Item1} {x.Item2}").ToArray();
        if (answered.Length > 0)
        {
            o.WriteLine($"  {string.Join("; ", answered)}");
        }

        o.WriteLine("  (the full record, valid against datasets/schemas/sensitivity-metadata.schema.json: --format json, property metadata)");
    }

    private static void Matrix(TextWriter o, RiskMatrix matrix)
    {
        o.WriteLine("Risk matrix (rows harm, columns likelihood; I initial, R residual, zone 1-4 in brackets)");
        o.WriteLine($"  {string.Empty,-12}{string.Concat(RiskLevels.All.Select(l => $"{l.Name(),-14}"))}".TrimEnd());
        var overall = matrix.Markers.Where(m => m.AssetId is null).ToArray();
        foreach (var harm in RiskLevels.All.Reverse())
        {
            var row = RiskLevels.All.Select(likelihood =>
            {
                var cell = new RiskCell(harm, likelihood);
                var marks = string.Concat(overall.Where(m => m.Cell == cell).Select(m => m.Stage == RiskStage.Initial ? "I" : "R"));
                return $"[{(int)cell.Zone}] {marks,-10}";
            });
            o.WriteLine($"  {harm.Name(),-12}{string.Concat(row)}".TrimEnd());
        }
    }

    private static string Weak(WeakestLink link)
        => link.Safeguard is { } s ? $"'{s.Safeguard.Need}': {s.Describe()}" : "public release: no control counts";

    private static string Cell(RiskCell c) => $"harm {Level(c.Harm)} × likelihood {Level(c.Likelihood)} = {Level(c.Level)} risk, zone {Vocabulary.Words(c.Zone)} ({(int)c.Zone})";

    private static string Level(RiskLevel level) => $"{level.Name()} ({level.Number()})";

    private static string Probability(double p)
        => p == 0 || p >= 0.01 ? p.ToString("0.####", Invariant) : p.ToString("0.######", Invariant);
}
