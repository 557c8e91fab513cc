namespace RiskNotebooks.Text.Evaluation;

/// <summary>Measures precision and recall of a scanner against labelled documents.</summary>
public static class TextEvaluation
{
    /// <summary>Scans each labelled document (read from <paramref name="folder"/>) and compares with its labels.</summary>
    /// <param name="folder">The corpus folder the labels' paths are relative to.</param>
    /// <param name="labels">The labelled documents.</param>
    /// <param name="scanner">The scanner (default options when <see langword="null"/>).</param>
    /// <param name="cancellationToken">Cancels between documents.</param>
    /// <returns>The scores.</returns>
    public static TextEvaluationReport Run(string folder, IEnumerable<LabelledDocument> labels, TextScanner? scanner = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(labels);
        scanner ??= new TextScanner();
        return Run(labels.Select(l =>
        {
            var path = Path.Combine(folder, l.Document.Replace('/', Path.DirectorySeparatorChar));
            var findings = new List<Finding>();
            using var reader = TextScanner.OpenText(path, cancellationToken);
            scanner.Analyze(l.Document, reader, findings.Add, cancellationToken);
            return (l, (IReadOnlyList<Finding>)findings);
        }));
    }

    /// <summary>Compares findings with labels, document by document.</summary>
    /// <param name="documents">Each labelled document with the findings in it.</param>
    /// <returns>The scores.</returns>
    public static TextEvaluationReport Run(IEnumerable<(LabelledDocument Labels, IReadOnlyList<Finding> Findings)> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var tp = new long[EntityTypes.Count];
        var fp = new long[EntityTypes.Count];
        var fn = new long[EntityTypes.Count];
        var docTp = new long[EntityTypes.Count];
        var docFp = new long[EntityTypes.Count];
        var docFn = new long[EntityTypes.Count];
        var labelledTypes = new bool[EntityTypes.Count];
        var count = 0;
        foreach (var (labels, findings) in documents)
        {
            count++;
            var used = new bool[labels.Entities.Count];
            foreach (var f in findings)
            {
                if (EntityTypes.KindOf(f.Type) == EntityKind.SpecialCategory)
                {
                    continue;
                }

                var match = -1;
                for (var i = 0; i < labels.Entities.Count; i++)
                {
                    var l = labels.Entities[i];
                    if (!used[i] && l.Type == f.Type && l.Start < f.End && f.Start < l.End)
                    {
                        match = i;
                        break;
                    }
                }

                if (match >= 0)
                {
                    used[match] = true;
                    tp[(int)f.Type]++;
                }
                else
                {
                    fp[(int)f.Type]++;
                }
            }

            for (var i = 0; i < labels.Entities.Count; i++)
            {
                labelledTypes[(int)labels.Entities[i].Type] = true;
                if (!used[i])
                {
                    fn[(int)labels.Entities[i].Type]++;
                }
            }

            var found = findings.Where(f => EntityTypes.KindOf(f.Type) == EntityKind.SpecialCategory).Select(f => f.Type).ToHashSet();
            foreach (var type in EntityTypes.All.Where(t => EntityTypes.KindOf(t) == EntityKind.SpecialCategory))
            {
                var labelled = labels.SpecialCategories.Contains(type);
                var detected = found.Contains(type);
                if (labelled && detected)
                {
                    docTp[(int)type]++;
                }
                else if (detected)
                {
                    docFp[(int)type]++;
                }
                else if (labelled)
                {
                    docFn[(int)type]++;
                }
            }
        }

        var entities = EntityTypes.All
            .Where(t => EntityTypes.KindOf(t) != EntityKind.SpecialCategory && (labelledTypes[(int)t] || fp[(int)t] > 0))
            .Select(t => new EntityScore(t, tp[(int)t], fp[(int)t], fn[(int)t]))
            .ToList();
        var special = EntityTypes.All
            .Where(t => EntityTypes.KindOf(t) == EntityKind.SpecialCategory && docTp[(int)t] + docFp[(int)t] + docFn[(int)t] > 0)
            .Select(t => new EntityScore(t, docTp[(int)t], docFp[(int)t], docFn[(int)t]))
            .ToList();
        return new TextEvaluationReport(count, entities, special);
    }
}
