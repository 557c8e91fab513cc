using RiskNotebooks.Data;
using RiskNotebooks.Inference;
using RiskNotebooks.Location;

namespace RiskNotebooks.ML;

/// <summary>
/// Attribute inference (the facade): for each sensitive attribute, how much better than a guess an attacker who knows
/// the quasi-identifiers predicts it, measured out of fold with k-fold cross-validation and a fixed seed.
/// </summary>
/// <remarks>
/// <para>
/// k-anonymity does not stop this attack: when everyone in a class shares a diagnosis, nobody is singled out and
/// everyone's diagnosis is disclosed (homogeneity attack; Machanavajjhala et al. 2007, l-diversity). The learner
/// generalises across classes too, so small classes that share a pattern with larger ones are attacked as well.
/// </para>
/// <para>
/// For each fold, the learner (<see cref="AttributeInferenceOptions.Trainer"/>) trains on the other folds (sampled to
/// <see cref="AttributeInferenceOptions.MaxTrainingRecords"/> with the seed) and predicts every held-out record; the
/// baseline guesses the training folds' most common value (numeric: their mean). Each quasi-identifier's contribution
/// is permutation feature importance (Breiman 2001): the drop in accuracy (R²) when its values are shuffled among up to
/// 10,000 held-out records of each fold. Everything random takes the seed: the same seed gives the same figures.
/// </para>
/// </remarks>
public static class AttributeInference
{
    /// <summary>The most held-out records per fold used for permutation importance.</summary>
    internal const int PermutationSample = 2_000;

    /// <summary>More distinct values than this, all numbers, make a sensitive attribute numeric.</summary>
    internal const int NumericDistinctValues = 20;

    /// <summary>Measures attribute inference on a table.</summary>
    /// <param name="table">The table (see <see cref="CsvTableReader"/>).</param>
    /// <param name="options">The quasi-identifiers, the sensitive attributes and the cross-validation.</param>
    /// <param name="cancellationToken">Stops the work between folds.</param>
    /// <returns>The report.</returns>
    /// <exception cref="InvalidOptionException">Options out of range, or a sensitive attribute that is also a quasi-identifier.</exception>
    /// <exception cref="UnknownColumnException">A column the table does not have.</exception>
    public static AttributeInferenceReport Analyse(Table table, AttributeInferenceOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var sensitive = options.SensitiveAttributes.Select(table.GetColumn).ToArray();
        var warnings = new List<string>();
        var features = QuasiIdentifierFeatures.Build(table, options.QuasiIdentifiers, warnings);
        // The attributes are measured side by side as well as their folds, on one scheduler of Threads workers: a worker
        // that finishes a quick attribute's folds takes on a slow one's, and no more than Threads learners run at once.
        // Each attribute's figures and warnings are kept in option order.
        var measured = new SensitiveAttributeInference?[sensitive.Length];
        var notes = sensitive.Select(_ => new List<string>()).ToArray();
        var workers = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, options.Threads ?? Environment.ProcessorCount).ConcurrentScheduler;
        Parallel.For(
            0,
            sensitive.Length,
            new ParallelOptions { TaskScheduler = workers, CancellationToken = cancellationToken },
            a => measured[a] = Measure(sensitive[a], features, options, notes[a], workers, cancellationToken));
        foreach (var note in notes)
        {
            warnings.AddRange(note);
        }

        return new AttributeInferenceReport(Path.GetFileName(table.Source), table.RowCount, options, features.Names, [.. measured.OfType<SensitiveAttributeInference>()], warnings);
    }

    private static SensitiveAttributeInference? Measure(Column column, QuasiIdentifierFeatures features, AttributeInferenceOptions options, List<string> warnings, TaskScheduler workers, CancellationToken cancellationToken)
    {
        var present = column.RowCount - column.MissingCount;
        if (column.DistinctCount <= 1)
        {
            warnings.Add($"Sensitive attribute '{column.Name}' has {(column.DistinctCount == 0 ? "no value" : "one value")}: everyone's value is known without any attack; it is not measured.");
            return null;
        }

        var numeric = column.DistinctCount > NumericDistinctValues && QuasiIdentifierFeatures.TryNumeric(column, out _);
        if (!numeric && column.DistinctCount == present && present > NumericDistinctValues)
        {
            warnings.Add($"Sensitive attribute '{column.Name}' has a different value in every record, like an identifier: there is nothing to learn across records; it is not measured.");
            return null;
        }

        // Rows with a value, shuffled once with the seed; fold = position modulo k.
        var rows = new int[present];
        var n = 0;
        var codes = column.Codes;
        for (var r = 0; r < codes.Length; r++)
        {
            if (codes[r] != Column.MissingCode)
            {
                rows[n++] = r;
            }
        }

        new Random(options.Seed).Shuffle(rows);
        return numeric
            ? MeasureNumeric(column, rows, features, options, workers, cancellationToken)
            : MeasureCategorical(column, rows, features, options, workers, cancellationToken);
    }

    private static SensitiveAttributeInference MeasureCategorical(Column column, int[] rows, QuasiIdentifierFeatures features, AttributeInferenceOptions options, TaskScheduler workers, CancellationToken cancellationToken)
    {
        var k = options.Folds;
        var classes = column.DistinctCount;
        var truth = new long[classes + 1];
        var hits = new long[classes + 1];
        var predicted = new long[classes + 1];
        long correct = 0, baselineCorrect = 0;
        var drops = new double[features.Dimension];
        long permuted = 0;
        var results = Folds(options, workers, cancellationToken, fold =>
        {
            var (train, test) = Split(rows, fold, k, options.MaxTrainingRecords, options.Seed);
            var r = new CategoricalFold(classes, features.Dimension);
            var counts = new long[classes + 1];
            var labels = new uint[train.Length];
            for (var i = 0; i < train.Length; i++)
            {
                var code = column.GetCode(train[i]);
                labels[i] = (uint)code;
                counts[code]++;
            }

            var majority = 1;
            for (var c = 2; c <= classes; c++)
            {
                majority = counts[c] > counts[majority] ? c : majority;
            }

            using var learner = IsolatedLearners.Rent(options, features.Dimension, fold);
            var model = learner.TrainClassifier(Rows(features, train), labels, classes);
            var guesses = learner.PredictClasses(model, Rows(features, test), classes);
            for (var i = 0; i < test.Length; i++)
            {
                var code = column.GetCode(test[i]);
                r.Truth[code]++;
                r.Predicted[guesses[i]]++;
                if (guesses[i] == code)
                {
                    r.Correct++;
                    r.Hits[code]++;
                }

                r.BaselineCorrect += code == majority ? 1 : 0;
            }

            // Permutation importance on a sample of the held-out records (the first ones: the order is already shuffled).
            var sample = test.AsSpan(0, Math.Min(test.Length, PermutationSample)).ToArray();
            var sampleCorrect = 0;
            for (var i = 0; i < sample.Length; i++)
            {
                sampleCorrect += guesses[i] == column.GetCode(sample[i]) ? 1 : 0;
            }

            for (var j = 0; j < features.Dimension; j++)
            {
                var shuffled = Permuted(features, sample, j, options.Seed + (fold * 1000) + j);
                var again = learner.PredictClasses(model, shuffled, classes);
                var permutedCorrect = 0;
                for (var i = 0; i < sample.Length; i++)
                {
                    permutedCorrect += again[i] == column.GetCode(sample[i]) ? 1 : 0;
                }

                r.Drops[j] = sampleCorrect - permutedCorrect;
            }

            r.Permuted = sample.Length;
            return r;
        });

        // Summed in fold order, whatever order the folds finished in.
        foreach (var r in results)
        {
            for (var c = 0; c <= classes; c++)
            {
                truth[c] += r.Truth[c];
                hits[c] += r.Hits[c];
                predicted[c] += r.Predicted[c];
            }

            correct += r.Correct;
            baselineCorrect += r.BaselineCorrect;
            permuted += r.Permuted;
            for (var j = 0; j < drops.Length; j++)
            {
                drops[j] += r.Drops[j];
            }
        }

        var total = rows.Length;
        var recalls = new List<ClassRecall>();
        int small = 0, smallRecords = 0;
        foreach (var c in Enumerable.Range(1, classes).OrderByDescending(c => truth[c]).ThenBy(c => c))
        {
            if (truth[c] < AttributeInferenceOptions.SmallClassLimit)
            {
                small++;
                smallRecords += (int)truth[c];
                continue;
            }

            recalls.Add(new ClassRecall(column.ValueOf(c)!, (int)truth[c], (double)hits[c] / truth[c], predicted[c] == 0 ? 0 : (double)hits[c] / predicted[c]));
        }

        var (low, high) = ConfidenceIntervals.Wilson(correct, total, options.ConfidenceLevel);
        return new SensitiveAttributeInference(
            column.Name, SensitiveAttributeKind.Categorical, total, column.MissingCount, classes,
            (double)correct / total, new InferenceInterval(low, high), (double)baselineCorrect / total,
            recalls, small, smallRecords, null, null,
            features.Names.Select((q, j) => new QuasiIdentifierContribution(q, permuted == 0 ? 0 : drops[j] / permuted)).ToArray());
    }

    private static SensitiveAttributeInference MeasureNumeric(Column column, int[] rows, QuasiIdentifierFeatures features, AttributeInferenceOptions options, TaskScheduler workers, CancellationToken cancellationToken)
    {
        QuasiIdentifierFeatures.TryNumeric(column, out var byCode);
        var k = options.Folds;
        double min = double.PositiveInfinity, max = double.NegativeInfinity, sum = 0;
        foreach (var r in rows)
        {
            var y = byCode[column.GetCode(r)];
            min = Math.Min(min, y);
            max = Math.Max(max, y);
            sum += y;
        }

        var mean = sum / rows.Length;
        var tolerance = options.Tolerance * (max - min);
        double sse = 0, sst = 0, sumAA = 0, sumBB = 0, sumAB = 0;
        long within = 0, baselineWithin = 0, permuted = 0;
        var dropByQi = new double[features.Dimension];
        var results = Folds(options, workers, cancellationToken, fold =>
        {
            var (train, test) = Split(rows, fold, k, options.MaxTrainingRecords, options.Seed);
            var r = new NumericFold(features.Dimension);
            var labels = new float[train.Length];
            double trainSum = 0;
            for (var i = 0; i < train.Length; i++)
            {
                labels[i] = byCode[column.GetCode(train[i])];
                trainSum += labels[i];
            }

            var guess = trainSum / train.Length;
            using var learner = IsolatedLearners.Rent(options, features.Dimension, fold);
            var model = learner.TrainRegressor(Rows(features, train), labels);
            var predictions = learner.PredictValues(model, Rows(features, test));
            for (var i = 0; i < test.Length; i++)
            {
                var y = byCode[column.GetCode(test[i])];
                var a = (predictions[i] - y) * (double)(predictions[i] - y);
                var b = (y - mean) * (y - mean);
                r.Sse += a;
                r.Sst += b;
                r.SumAA += a * a;
                r.SumBB += b * b;
                r.SumAB += a * b;
                r.Within += Math.Abs(predictions[i] - y) <= tolerance ? 1 : 0;
                r.BaselineWithin += Math.Abs(guess - y) <= tolerance ? 1 : 0;
            }

            var sample = test.AsSpan(0, Math.Min(test.Length, PermutationSample)).ToArray();
            var sampleSse = 0d;
            for (var i = 0; i < sample.Length; i++)
            {
                var e = predictions[i] - byCode[column.GetCode(sample[i])];
                sampleSse += e * (double)e;
            }

            for (var j = 0; j < features.Dimension; j++)
            {
                var again = learner.PredictValues(model, Permuted(features, sample, j, options.Seed + (fold * 1000) + j));
                var permutedSse = 0d;
                for (var i = 0; i < sample.Length; i++)
                {
                    var e = again[i] - byCode[column.GetCode(sample[i])];
                    permutedSse += e * (double)e;
                }

                // A drop in R² over the whole table's variance: (SSE permuted − SSE) / SST, summed per record.
                r.Drops[j] = permutedSse - sampleSse;
            }

            r.Permuted = sample.Length;
            return r;
        });

        foreach (var r in results)
        {
            sse += r.Sse;
            sst += r.Sst;
            sumAA += r.SumAA;
            sumBB += r.SumBB;
            sumAB += r.SumAB;
            within += r.Within;
            baselineWithin += r.BaselineWithin;
            permuted += r.Permuted;
            for (var j = 0; j < dropByQi.Length; j++)
            {
                dropByQi[j] += r.Drops[j];
            }
        }

        var variance = sst / rows.Length;
        var (low, high) = ConfidenceIntervals.Wilson(within, rows.Length, options.ConfidenceLevel);
        return new SensitiveAttributeInference(
            column.Name, SensitiveAttributeKind.Numeric, rows.Length, column.MissingCount, column.DistinctCount,
            (double)within / rows.Length, new InferenceInterval(low, high), (double)baselineWithin / rows.Length,
            [], 0, 0, sst == 0 ? 0 : 1 - (sse / sst), tolerance,
            features.Names.Select((q, j) => new QuasiIdentifierContribution(q, permuted == 0 || variance == 0 ? 0 : dropByQi[j] / permuted / variance)).ToArray(),
            RSquaredInterval(rows.Length, sse, sst, sumAA, sumBB, sumAB, options.ConfidenceLevel));
    }

    /// <summary>
    /// Runs the folds on the workers (<see cref="AttributeInferenceOptions.Threads"/> at a time), each learner on one
    /// thread: the figures do not depend on the thread count, and no learner waits on another's threads.
    /// </summary>
    private static T[] Folds<T>(AttributeInferenceOptions options, TaskScheduler workers, CancellationToken cancellationToken, Func<int, T> run)
    {
        var results = new T[options.Folds];
        Parallel.For(
            0,
            options.Folds,
            new ParallelOptions { TaskScheduler = workers, CancellationToken = cancellationToken },
            fold => results[fold] = run(fold));
        return results;
    }

    /// <summary>The training rows (all other folds, sampled to the cap with the seed) and the held-out rows of a fold.</summary>
    private static (int[] Train, int[] Test) Split(int[] rows, int fold, int folds, int maxTraining, int seed)
    {
        var test = new List<int>((rows.Length / folds) + 1);
        var train = new List<int>(rows.Length - (rows.Length / folds));
        for (var i = 0; i < rows.Length; i++)
        {
            (i % folds == fold ? test : train).Add(rows[i]);
        }

        var trainArray = train.ToArray();
        if (trainArray.Length > maxTraining)
        {
            // The rows are already in a seeded random order; a second seeded shuffle per fold keeps folds independent.
            new Random(seed + fold + 1).Shuffle(trainArray);
            trainArray = trainArray[..maxTraining];
        }

        return (trainArray, test.ToArray());
    }

    private static float[][] Rows(QuasiIdentifierFeatures features, int[] rows)
    {
        var result = new float[rows.Length][];
        for (var i = 0; i < rows.Length; i++)
        {
            result[i] = features.Rows[rows[i]];
        }

        return result;
    }

    /// <summary>Copies of the sample's feature rows with feature <paramref name="j"/> shuffled among them.</summary>
    private static float[][] Permuted(QuasiIdentifierFeatures features, int[] sample, int j, int seed)
    {
        var order = sample.ToArray();
        new Random(seed).Shuffle(order);
        var result = new float[sample.Length][];
        for (var i = 0; i < sample.Length; i++)
        {
            var row = (float[])features.Rows[sample[i]].Clone();
            row[j] = features.Rows[order[i]][j];
            result[i] = row;
        }

        return result;
    }

    private sealed class CategoricalFold(int classes, int dimension)
    {
        internal long[] Truth { get; } = new long[classes + 1];

        internal long[] Hits { get; } = new long[classes + 1];

        internal long[] Predicted { get; } = new long[classes + 1];

        internal double[] Drops { get; } = new double[dimension];

        internal long Correct { get; set; }

        internal long BaselineCorrect { get; set; }

        internal long Permuted { get; set; }
    }

    /// <summary>
    /// The interval of an out-of-fold R² = 1 − Ā/B̄, where a_i = (ŷ_i − y_i)² and b_i = (y_i − ȳ)²: the delta method for a
    /// ratio of two means, Var(Ā/B̄) ≈ (Var(a)/B̄² − 2Ā·Cov(a, b)/B̄³ + Ā²·Var(b)/B̄⁴)/n, and R² ± z·SE (Cochran 1977,
    /// ratio estimators). The records are treated as independent (the folds' models differ, which the interval ignores).
    /// </summary>
    /// <param name="n">The records.</param>
    /// <param name="sumA">Σ a_i (SSE).</param>
    /// <param name="sumB">Σ b_i (SST).</param>
    /// <param name="sumAA">Σ a_i².</param>
    /// <param name="sumBB">Σ b_i².</param>
    /// <param name="sumAB">Σ a_i b_i.</param>
    /// <param name="level">The confidence level.</param>
    /// <returns>The interval (a point when SST is 0 or n &lt; 2).</returns>
    internal static InferenceInterval RSquaredInterval(long n, double sumA, double sumB, double sumAA, double sumBB, double sumAB, double level)
    {
        var r2 = sumB == 0 ? 0 : 1 - (sumA / sumB);
        if (n < 2 || sumB == 0)
        {
            return new InferenceInterval(r2, r2);
        }

        var meanA = sumA / n;
        var meanB = sumB / n;
        var varA = Math.Max(0, (sumAA / n) - (meanA * meanA));
        var varB = Math.Max(0, (sumBB / n) - (meanB * meanB));
        var cov = (sumAB / n) - (meanA * meanB);
        var variance = ((varA / (meanB * meanB)) - (2 * meanA * cov / (meanB * meanB * meanB)) + (meanA * meanA * varB / (meanB * meanB * meanB * meanB))) / n;
        var se = Math.Sqrt(Math.Max(0, variance));
        var z = RiskNotebooks.Location.ConfidenceIntervals.NormalQuantile(0.5 + (level / 2d));
        return new InferenceInterval(r2 - (z * se), r2 + (z * se));
    }

    private sealed class NumericFold(int dimension)
    {
        internal double SumAA { get; set; }

        internal double SumBB { get; set; }

        internal double SumAB { get; set; }

        internal double[] Drops { get; } = new double[dimension];

        internal double Sse { get; set; }

        internal double Sst { get; set; }

        internal long Within { get; set; }

        internal long BaselineWithin { get; set; }

        internal long Permuted { get; set; }
    }
}
