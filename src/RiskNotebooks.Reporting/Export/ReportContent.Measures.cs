using RiskNotebooks.Data;
using RiskNotebooks.Genomics;
using RiskNotebooks.Imaging;
using RiskNotebooks.Location;
using RiskNotebooks.ML;
using RiskNotebooks.Text;
using static RiskNotebooks.Reporting.Export.ReportBuilder;

namespace RiskNotebooks.Reporting.Export;

/// <summary>The reports of the measuring commands other than reid: location, text, genome, DICOM, inference.</summary>
internal static partial class ReportContent
{
    private const string MeasuredNotAssessed = "Not assessed here: the residual risk is the assessment's (harm × likelihood with the planned controls and measures; risknb report ASSESSMENT).";

    internal static ReportDocument For(LocationRiskReport r, MinimumCellSize minimum)
    {
        var b = new ReportBuilder("Location risk", "location", r.Source, minimum);
        var u = r.Unicity;
        b.H1(ReportBuilder.Description);
        b.Paragraph($"Mobile location traces ({b.Source}) measured for unicity: the share of users singled out by a few points of their trace, at the resolution of the release.");
        b.Figures(
        [
            ("input", b.Source),
            ("users", b.People(r.UserCount)),
            ("places", Count(r.PlaceCount)),
            ("period", $"{r.Start:yyyy-MM-dd} to {r.End:yyyy-MM-dd}"),
            ("resolution", $"{r.Options.Spatial} × {r.Options.Temporal}"),
            ("points per user, median", Count(u.MedianPointsPerUser)),
        ]);
        b.H1(ReportBuilder.Risks);
        b.Table(
            ["points p", "unicity", "interval", "users", "users too short"],
            u.Results.Select(x => (IReadOnlyList<ReportCell>)[Count(x.Points), new ReportCell(Percent(x.Unicity), ShareShade(x.Unicity)), $"{Percent(x.Low)} – {Percent(x.High)}", b.People(x.EligibleUsers), b.People(x.TooShortUsers)]),
            $"Unicity by the number of points an attacker knows ({Number(u.Options.ConfidenceLevel * 100, "0")}% confidence).");
        if (r.Grid is { } grid)
        {
            b.Table(
                ["spatial \\ temporal", .. grid.Temporal.Select(t => t.ToString())],
                Enumerable.Range(0, grid.Spatial.Count).Select(s => (IReadOnlyList<ReportCell>)[grid.Spatial[s].ToString(), .. Enumerable.Range(0, grid.Temporal.Count).Select(t => new ReportCell(Percent(grid[s, t].Unicity), ShareShade(grid[s, t].Unicity)))]),
                $"Heatmap: unicity at {grid.Points} points by spatial and temporal resolution; darker is riskier.");
        }

        if (r.TopLocations.Count > 0)
        {
            b.Table(
                ["most visited places known", "unique users", "share unique"],
                r.TopLocations.Select(t => (IReadOnlyList<ReportCell>)[Count(t.N), b.People(t.UniqueUsers), new ReportCell(Percent(t.Uniqueness), ShareShade(t.Uniqueness))]),
                "Users unique by their N most visited places (Zang and Bolot).");
        }

        if (r.Attacks.Count > 0)
        {
            b.Table(
                ["attack (scikit-mobility)", "mean risk", "unique users", "users at risk"],
                r.Attacks.Select(a => (IReadOnlyList<ReportCell>)[a.Label, new ReportCell(Percent(a.MeanRisk), ShareShade(a.MeanRisk)), b.People(a.UniqueUsers), b.People(a.AtRiskUsers)]),
                $"Attacks: risk = 1 / the number of users compatible with what the attacker knows (at risk: above {Number(r.Attacks[0].Options.Threshold, "0.###")}).");
        }

        b.Chart("Unicity by points");
        if (r.HasCoordinates)
        {
            b.Chart($"Map of where the risk is (areas with fewer than {minimum.Value} visitors left blank)");
        }

        b.H1(ReportBuilder.Measures);
        b.Paragraph("Coarser places and times (the heatmap above), fewer points per user, or shorter traces lower unicity; releasing aggregates instead of traces removes it.");
        b.H1(ReportBuilder.Residual);
        b.Paragraph(MeasuredNotAssessed);
        b.About(hasCharts: true);
        return b.Build();
    }

    internal static ReportDocument For(TextCorpusReport r, MinimumCellSize minimum, int maxDocuments = 25)
    {
        var b = new ReportBuilder("Personal data in text", "text", r.SourceName, minimum);
        var s = r.Summary;
        b.H1(ReportBuilder.Description);
        b.Paragraph($"Free text ({b.Source}) scanned for direct identifiers, quasi-identifiers and special categories of personal data (GDPR Art. 9 and 10); each document's risk of identifying the person it is about.");
        b.Figures(
        [
            ("input", b.Source),
            ("documents", b.People(s.DocumentCount)),
            ("Swedish documents", b.People(s.SwedishDocuments)),
            ("English documents", b.People(s.EnglishDocuments)),
        ]);
        b.H1(ReportBuilder.Risks);
        var identified = s.DocumentsAt(DocumentRiskLevel.Identified) + s.DocumentsAt(DocumentRiskLevel.High);
        b.Paragraph($"{b.ShareOf(identified, s.DocumentCount)} of documents are identified or at high risk; {b.People(s.DocumentsWithSpecialCategories)} documents hold special categories or criminal data.");
        b.Table(
            ["risk level", "documents"],
            Enum.GetValues<DocumentRiskLevel>().Reverse().Select(level => (IReadOnlyList<ReportCell>)[level.ToString().ToLowerInvariant(), b.People(s.DocumentsAt(level))]),
            "Documents by risk level.");
        b.Table(
            ["found", "kind", "documents"],
            s.Mentions.OrderBy(p => EntityTypes.KindOf(p.Key)).ThenByDescending(p => p.Value).Select(p => (IReadOnlyList<ReportCell>)[EntityTypes.NameOf(p.Key), KindWords(EntityTypes.KindOf(p.Key)), b.People(s.DocumentsWith[p.Key])]),
            "What was found, and in how many documents.");
        if (r.Documents.Count > 0)
        {
            var shown = r.Documents.Select((d, i) => (Document: d, Position: i))
                .OrderByDescending(p => p.Document.Risk.Level).ThenBy(p => p.Position).Take(maxDocuments).ToList();
            b.Table(
                ["document", "level", "why"],
                shown.Select(p => (IReadOnlyList<ReportCell>)[r.LabelOf(p.Position), new ReportCell(p.Document.Risk.Level.ToString().ToLowerInvariant(), LevelShade(p.Document.Risk.Level)), p.Document.Risk.Reason]),
                $"The riskiest documents ({shown.Count} of {b.People(r.Documents.Count)}), numbered in the order read; kinds of finding only, never text.");
        }

        b.Chart("Documents × categories");
        b.H1(ReportBuilder.Measures);
        b.Paragraph("Redact direct identifiers and generalise quasi-identifiers (risknb text --redact with a key), and keep special categories out of what is shared unless the processing needs them.");
        b.H1(ReportBuilder.Residual);
        b.Paragraph(MeasuredNotAssessed);
        b.About(hasCharts: true);
        return b.Build();
    }

    internal static ReportDocument For(GenotypeRiskReport r, MinimumCellSize minimum)
    {
        var b = new ReportBuilder("Genotypes: how identifying", "genome", r.Source, minimum);
        var o = r.Options;
        b.H1(ReportBuilder.Description);
        b.Paragraph($"Genotypes ({b.Source}) measured for how identifying they are: the chance that another person in the population shares a sample's genotypes at the informative sites.");
        b.Figures(
        [
            ("input", b.Source),
            ("samples", b.People(r.SampleCount)),
            ("population", Count(o.Population)),
            ("sites read", Count(r.Sites.Read)),
            ("informative sites used", Count(r.InformativeSites)),
        ]);
        b.H1(ReportBuilder.Risks);
        var figures = new List<(string, string)>();
        if (r.SampleCount > 0)
        {
            figures.Add(($"samples unique with probability ≥ {Percent(o.Target)}", $"{b.People(r.SamplesUniqueAtTarget)} of {b.People(r.SampleCount)} ({b.ShareOf(r.SamplesUniqueAtTarget, r.SampleCount)})"));
            figures.Add(("random match probability, median", Html.GenotypeCard.OneIn(r.MedianLog10MatchProbability!.Value)));
            figures.Add(("probability of being unique, lowest", Percent(r.LowestProbabilityUnique!.Value)));
        }

        if (r.MeanLog10SiteMatch is { } mean)
        {
            figures.Add(("two random people share a site's genotype", $"{Percent(Math.Pow(10, mean))} (geometric mean)"));
            figures.Add(($"fewest sites for uniqueness ≥ {Percent(o.Target)}", r.FewestSitesForTarget is { } fewest ? Count(fewest) : $"not reached with all {Count(r.InformativeSites)}"));
        }

        b.Figures(figures);
        b.Note("Assumes Hardy-Weinberg equilibrium and independent sites (the product rule). Whole genomes and exomes are never anonymous.");
        b.H1(ReportBuilder.Measures);
        b.Paragraph("Genotypes cannot be made anonymous by removing names: control access (a secure environment, a data access committee) and release summary statistics rather than genotypes.");
        b.H1(ReportBuilder.Residual);
        b.Paragraph(MeasuredNotAssessed);
        b.About(hasCharts: false);
        return b.Build();
    }

    internal static ReportDocument For(DicomReport r, MinimumCellSize minimum)
    {
        var b = new ReportBuilder("DICOM headers: what they give away", "dicom", r.Source, minimum);
        b.H1(ReportBuilder.Description);
        b.Paragraph($"The headers of clinical images ({b.Source}) checked against the basic confidentiality profile of DICOM PS3.15 (pixels are not read).");
        b.Figures(
        [
            ("input", b.Source),
            ("files read", b.People(r.FilesRead)),
            ("DICOM files", b.People(r.DicomFiles)),
            ("modalities", string.Join(", ", r.Modalities.Keys)),
        ]);
        b.H1(ReportBuilder.Risks);
        b.Figures(
        [
            ("attributes of the profile present", Count(r.Attributes.Count)),
            ("files with private tags", b.People(r.FilesWithPrivateTags)),
            ("files with burned-in annotation", b.People(r.FilesBurnedIn)),
            ("files of kinds with text often burned in (US, XA, SC)", b.People(r.FilesTextProne)),
            ("head volumes needing defacing", Count(r.HeadVolumesNeedingDefacing)),
        ]);
        if (r.Attributes.Count > 0)
        {
            b.Table(
                ["attribute", "tag", "action", "files", "files with a value"],
                r.Attributes.Select(a => (IReadOnlyList<ReportCell>)[a.Attribute.Name, a.Attribute.IsPrivateAttributes ? "(gggg,eeee)" : a.Attribute.Tag, a.Attribute.Action, b.People(a.Files), new ReportCell(b.People(a.FilesWithValue), a.FilesWithValue > 0 ? "F0B27A" : null)]),
                "Attributes of the basic confidentiality profile present, with the profile's action (names and counts, never values).");
        }

        b.H1(ReportBuilder.Measures);
        b.Paragraph("De-identify the headers with the profile's actions (remove, replace, clean), drop private tags unless kept on purpose, check images for burned-in text, and deface head volumes before sharing.");
        b.H1(ReportBuilder.Residual);
        b.Paragraph(MeasuredNotAssessed);
        b.About(hasCharts: false);
        return b.Build();
    }

    internal static ReportDocument For(AttributeInferenceReport r, MinimumCellSize minimum)
    {
        var b = new ReportBuilder("Attribute inference: what the quasi-identifiers give away", "infer", r.Source, minimum);
        var o = r.Options;
        b.H1(ReportBuilder.Description);
        b.Paragraph($"A table ({b.Source}) attacked by a model that learns each sensitive attribute from the quasi-identifiers ({o.Trainer}, {o.Folds}-fold cross-validation, fixed seed).");
        b.Figures(
        [
            ("input", b.Source),
            ("records", b.People(r.RecordCount)),
            ("quasi-identifiers", string.Join(", ", r.QuasiIdentifiersUsed)),
        ]);
        b.H1(ReportBuilder.Risks);
        b.Table(
            ["sensitive attribute", "inference advantage", "interval", "attack", "baseline"],
            r.Attributes.Select(a => (IReadOnlyList<ReportCell>)[a.Name, new ReportCell(Number(a.Advantage, "0.000"), ShareShade(a.Advantage)), $"{Number(a.AdvantageInterval.Low, "0.000")} to {Number(a.AdvantageInterval.High, "0.000")}", Percent(a.Success), Percent(a.Baseline)]),
            "Advantage = (accuracy − baseline) / (1 − baseline): 0 when the quasi-identifiers teach nothing, 1 when they determine the attribute.");
        foreach (var a in r.Attributes.Where(a => a.ClassRecalls.Count > 0))
        {
            b.Table(
                ["value", "records", "recall", "precision"],
                a.ClassRecalls.Where(c => !minimum.Suppresses(c.Records)).Select(c => (IReadOnlyList<ReportCell>)[c.Value, b.People(c.Records), new ReportCell(Percent(c.Recall), ShareShade(c.Recall)), Percent(c.Precision)]),
                $"{a.Name}: how often the attack recovers each value (values of fewer than {Math.Max(5, minimum.Value)} records are not named).");
        }

        b.Chart("Contributions of each quasi-identifier");
        b.H1(ReportBuilder.Measures);
        b.Paragraph("Generalise the quasi-identifiers the attack leans on most, or release the sensitive attribute only in aggregates.");
        b.H1(ReportBuilder.Residual);
        b.Paragraph(MeasuredNotAssessed);
        b.About(hasCharts: true);
        return b.Build();
    }

    internal static ReportDocument For(ReleaseInferenceReport r, MinimumCellSize minimum)
    {
        var b = new ReportBuilder("Attacks on a released table", "release-attack", r.Released, minimum);
        var level = Percent(r.Options.ConfidenceLevel);
        b.H1(ReportBuilder.Description);
        b.Paragraph($"A released table ({b.Source}) attacked as someone who knows the quasi-identifiers of people would: a learner trained on the release predicts their sensitive attributes, and nearest-neighbour matching (Gower distance) singles them out and links them. Each attack is scored on original records ({FileNameOf(r.Original)}) and on a control of original records kept out of the release ({FileNameOf(r.Control)}); only the excess over the control counts.");
        b.Figures(
        [
            ("released table", b.Source),
            ("quasi-identifiers", string.Join(", ", r.QuasiIdentifiersUsed)),
            ("records attacked by linkage (original / control, sampled)", $"{b.People(r.Linkage.SinglingOut.AttackRecords)} / {b.People(r.Linkage.SinglingOut.ControlRecords)}"),
        ]);
        b.H1(ReportBuilder.Risks);
        b.Table(
            ["attack", "on original records", "on the control", "risk = (attack − control)/(1 − control)", $"{level} interval"],
            r.Attributes.Select(a => (IReadOnlyList<ReportCell>)[$"learner: {a.Name}", Percent(a.Attack), Percent(a.Control), new ReportCell(Number(a.Risk, "0.000"), ShareShade(Math.Max(0, a.Risk))), $"{Number(a.RiskInterval.Low, "0.000")} to {Number(a.RiskInterval.High, "0.000")}"])
                .Concat(r.Linkage.Attributes.Prepend(r.Linkage.SinglingOut).Select(m => (IReadOnlyList<ReportCell>)[m == r.Linkage.SinglingOut ? "singled out (nearest released record, one record)" : $"linkage: {m.What}", Percent(m.Attack), Percent(m.Control), new ReportCell(Number(m.Risk, "0.000"), ShareShade(Math.Max(0, m.Risk))), $"{Number(m.RiskLow, "0.000")} to {Number(m.RiskHigh, "0.000")}"])),
            "What the release reveals about the people in it beyond what it reveals about anyone (Newcombe's interval of the difference, divided by 1 − control).");
        b.Figures(
        [
            ("median distance to the nearest released record, original records", Number(r.Linkage.MedianDistanceAttack, "0.000")),
            ("median distance to the nearest released record, control", Number(r.Linkage.MedianDistanceControl, "0.000")),
        ], "A release that copies its records puts the original records at distance 0 and the control further away.");
        foreach (var warning in r.Warnings)
        {
            b.Note(warning);
        }

        b.H1(ReportBuilder.Measures);
        b.Paragraph("Where the risk is above 0 with an interval that excludes 0, the release teaches an attacker about the people in it: generalise or suppress the quasi-identifiers the attacks lean on, or release aggregates.");
        b.H1(ReportBuilder.Residual);
        b.Paragraph(MeasuredNotAssessed);
        b.About(hasCharts: false);
        return b.Build();
    }

    private static string FileNameOf(string name) => Path.GetFileName(name);

    private static string KindWords(EntityKind kind) => kind switch
    {
        EntityKind.DirectIdentifier => "direct identifier",
        EntityKind.QuasiIdentifier => "quasi-identifier",
        _ => "special category",
    };

    private static string? LevelShade(DocumentRiskLevel level) => level switch
    {
        DocumentRiskLevel.Identified => "EC7063",
        DocumentRiskLevel.High => "F0B27A",
        _ => null,
    };
}
