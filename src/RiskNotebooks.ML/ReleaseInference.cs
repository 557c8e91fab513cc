using System.Globalization;
using RiskNotebooks.Data;
using RiskNotebooks.Inference;
using RiskNotebooks.Location;

namespace RiskNotebooks.ML;

/// <summary>
/// Attribute inference from a released table (the facade): train on the release, score original records and a control
/// of original records kept out of the release (see <see cref="ReleasedAttributeInference"/>). Tables are matched by
/// value text, since each table has its own dictionary codes.
/// </summary>
public static class ReleaseInference
{
    /// <summary>Measures what a release teaches about the original records.</summary>
    /// <param name="original">The original records the release was made from.</param>
    /// <param name="released">The released table.</param>
    /// <param name="control">Original records that were kept out of the release.</param>
    /// <param name="options">The quasi-identifiers, the sensitive attributes and the seed (the folds are not used).</param>
    /// <param name="cancellationToken">Stops the work between attributes.</param>
    /// <returns>The report.</returns>
    public static ReleaseInferenceReport Analyse(Table original, Table released, Table control, AttributeInferenceOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(released);
        ArgumentNullException.ThrowIfNull(control);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var warnings = new List<string>();
        var encoders = new List<(string Name, Func<string?, float> Encode)>();
        foreach (var name in options.QuasiIdentifiers)
        {
            var column = released.GetColumn(name);
            _ = original.GetColumn(name);
            _ = control.GetColumn(name);
            if (column.DistinctCount <= 1)
            {
                warnings.Add($"Quasi-identifier '{column.Name}' has at most one value in the release: it tells an attacker nothing and is left out.");
                continue;
            }

            if (QuasiIdentifierFeatures.TryNumeric(column, out _))
            {
                encoders.Add((column.Name, v => v is not null && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) ? (float)x : float.NaN));
            }
            else
            {
                var counts = new int[column.Cardinality];
                foreach (var code in column.Codes)
                {
                    counts[code]++;
                }

                var ranks = Enumerable.Range(1, column.DistinctCount).OrderByDescending(c => counts[c]).ThenBy(c => c)
                    .Select((c, i) => (Value: column.ValueOf(c)!, Rank: i + 1f)).ToDictionary(p => p.Value, p => p.Rank, StringComparer.Ordinal);
                encoders.Add((column.Name, v => v is not null && ranks.TryGetValue(v, out var r) ? r : 0f));
            }
        }

        if (encoders.Count == 0)
        {
            throw new InvalidOptionException("--qi", "no quasi-identifier is left to attack with (see the warnings about each column).");
        }

        var names = encoders.Select(e => e.Name).ToArray();
        var results = new List<ReleasedAttributeInference>();
        foreach (var name in options.SensitiveAttributes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var target = released.GetColumn(name);
            var originalTarget = original.GetColumn(name);
            var controlTarget = control.GetColumn(name);
            if (target.DistinctCount <= 1)
            {
                warnings.Add($"Sensitive attribute '{target.Name}' has at most one value in the release; it is not measured.");
                continue;
            }

            var learner = new InferenceLearner(options, names.Length, 0);
            var rows = Enumerable.Range(0, released.RowCount).Where(r => target.GetCode(r) != Column.MissingCode).ToArray();
            if (rows.Length > options.MaxTrainingRecords)
            {
                new Random(options.Seed).Shuffle(rows);
                rows = rows[..options.MaxTrainingRecords];
            }

            long attackHits, controlHits;
            int attackTotal, controlTotal;
            double? tolerance = null;
            var kind = SensitiveAttributeKind.Categorical;
            if (target.DistinctCount > AttributeInference.NumericDistinctValues && QuasiIdentifierFeatures.TryNumeric(target, out var releasedValues))
            {
                if (!QuasiIdentifierFeatures.TryNumeric(originalTarget, out var originalValues) || !QuasiIdentifierFeatures.TryNumeric(controlTarget, out var controlValues))
                {
                    warnings.Add($"Sensitive attribute '{target.Name}' is numeric in the release but not in the original or the control records; it is not measured.");
                    continue;
                }

                // The tolerance is a share of the original records' range, as for a table measured alone.
                double min = double.PositiveInfinity, max = double.NegativeInfinity;
                foreach (var code in originalTarget.Codes)
                {
                    if (code != Column.MissingCode)
                    {
                        min = Math.Min(min, originalValues[code]);
                        max = Math.Max(max, originalValues[code]);
                    }
                }

                tolerance = options.Tolerance * (max >= min ? max - min : 0);
                kind = SensitiveAttributeKind.Numeric;
                var model = learner.TrainRegressor(Features(released, encoders, rows), [.. rows.Select(r => releasedValues[target.GetCode(r)])]);
                (attackHits, attackTotal) = ScoreNumeric(original, originalTarget, originalValues, encoders, learner, model, tolerance.Value);
                (controlHits, controlTotal) = ScoreNumeric(control, controlTarget, controlValues, encoders, learner, model, tolerance.Value);
            }
            else
            {
                var model = learner.TrainClassifier(Features(released, encoders, rows), [.. rows.Select(r => (uint)target.GetCode(r))], target.DistinctCount);
                (attackHits, attackTotal) = Score(original, originalTarget, target, encoders, learner, model);
                (controlHits, controlTotal) = Score(control, controlTarget, target, encoders, learner, model);
            }

            var (a, c, risk, low, high) = ConfidenceIntervals.ExcessOverControl(attackHits, attackTotal, controlHits, controlTotal, options.ConfidenceLevel);
            var (aLow, aHigh) = ConfidenceIntervals.Wilson(attackHits, attackTotal, options.ConfidenceLevel);
            var (cLow, cHigh) = ConfidenceIntervals.Wilson(controlHits, controlTotal, options.ConfidenceLevel);
            results.Add(new ReleasedAttributeInference(target.Name, attackTotal, controlTotal, a, new(aLow, aHigh), c, new(cLow, cHigh), risk, new(low, high), kind, tolerance));
        }

        // Nearest-neighbour linkage and singling out on the same records (no learner: Gower distance on the quasi-identifiers).
        var linkage = ReleaseLinkage.Measure(original, released, control, options with { QuasiIdentifiers = names }, cancellationToken);
        return new ReleaseInferenceReport(Path.GetFileName(original.Source), Path.GetFileName(released.Source), Path.GetFileName(control.Source), options, names, results, warnings, linkage);
    }

    private static float[][] Features(Table table, List<(string Name, Func<string?, float> Encode)> encoders, int[] rows)
    {
        // Each distinct value is encoded once per table, then looked up by code.
        var byCode = encoders.Select(e =>
        {
            var column = table.GetColumn(e.Name);
            return Enumerable.Range(0, column.Cardinality).Select(code => e.Encode(column.ValueOf(code))).ToArray();
        }).ToArray();
        var columns = encoders.Select(e => table.GetColumn(e.Name)).ToArray();
        var result = new float[rows.Length][];
        for (var i = 0; i < rows.Length; i++)
        {
            var row = new float[columns.Length];
            for (var j = 0; j < columns.Length; j++)
            {
                row[j] = byCode[j][columns[j].GetCode(rows[i])];
            }

            result[i] = row;
        }

        return result;
    }

    private static (long Hits, int Total) ScoreNumeric(Table table, Column truth, float[] values, List<(string Name, Func<string?, float> Encode)> encoders, InferenceLearner learner, Microsoft.ML.ITransformer model, double tolerance)
    {
        var rows = Enumerable.Range(0, table.RowCount).Where(r => truth.GetCode(r) != Column.MissingCode).ToArray();
        if (rows.Length == 0)
        {
            return (0, 0);
        }

        var predictions = learner.PredictValues(model, Features(table, encoders, rows));
        long hits = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            hits += Math.Abs(predictions[i] - values[truth.GetCode(rows[i])]) <= tolerance ? 1 : 0;
        }

        return (hits, rows.Length);
    }

    private static (long Hits, int Total) Score(Table table, Column truth, Column released, List<(string Name, Func<string?, float> Encode)> encoders, InferenceLearner learner, Microsoft.ML.ITransformer model)
    {
        var rows = Enumerable.Range(0, table.RowCount).Where(r => truth.GetCode(r) != Column.MissingCode).ToArray();
        if (rows.Length == 0)
        {
            return (0, 0);
        }

        // The release's code of each of this table's values (-1 when the release lacks the value: never guessed right).
        var map = Enumerable.Range(0, truth.Cardinality).Select(code => released.TryGetCode(truth.ValueOf(code), out var c) ? c : -1).ToArray();
        var guesses = learner.PredictClasses(model, Features(table, encoders, rows), released.DistinctCount);
        long hits = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            hits += map[truth.GetCode(rows[i])] == guesses[i] ? 1 : 0;
        }

        return (hits, rows.Length);
    }
}
