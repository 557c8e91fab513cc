using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;
using RiskNotebooks.Inference;

namespace RiskNotebooks.ML;

/// <summary>Trains and applies the attack's learner (Microsoft.ML) on in-memory feature rows.</summary>
internal sealed class InferenceLearner
{
    // The trees of every learner and task: 31 leaves of at least 20 records (so the attack learns what holds across
    // people, not single records), learning rate 0.2 (50 iterations at 0.2 gave Adult the same advantage as 100 at 0.1).
    private const int Leaves = 31;
    private const int MinimumPerLeaf = 20;
    private const double LearningRate = 0.2;

    private readonly MLContext ml;
    private readonly AttributeInferenceOptions options;
    private readonly int dimension;
    private readonly int seed;
    private ITransformer? compiledFor;
    private CompiledTrees? compiled;

    /// <summary>A learner for one fold: one thread, a seed of its own derived from the options' seed.</summary>
    internal InferenceLearner(AttributeInferenceOptions options, int dimension, int fold)
    {
        this.options = options;
        this.dimension = dimension;
        seed = options.Seed + fold;
        ml = new MLContext(seed);
    }

    /// <summary>
    /// A learner's operations as delegates of types every assembly load context shares (see <see cref="IsolatedLearners"/>,
    /// which calls this in a private copy of this assembly).
    /// </summary>
    internal static LearnerFunctions Functions(AttributeInferenceOptions options, int dimension, int fold)
    {
        var learner = new InferenceLearner(options, dimension, fold);
        return (learner.TrainClassifier, learner.PredictClasses, learner.TrainRegressor, learner.PredictValues);
    }

    /// <summary>
    /// Whether LightGBM models predict through <see cref="CompiledTrees"/> (equal to Microsoft.ML's predictions, many times
    /// faster); off only to compare the two.
    /// </summary>
    internal bool UseCompiledTrees { get; init; } = true;

    /// <summary>
    /// Fits a learner. LightGBM is a native library that links against the OpenMP runtime: where that cannot be loaded,
    /// the error names the option and the managed alternative instead of surfacing as an internal error.
    /// </summary>
    private ITransformer Fit(IEstimator<ITransformer> trainer, IDataView view)
    {
        try
        {
            return trainer.Fit(view);
        }
        catch (Exception e) when (options.Trainer == InferenceTrainer.LightGbm && (e is DllNotFoundException or BadImageFormatException or EntryPointNotFoundException || e.InnerException is DllNotFoundException))
        {
            throw new InvalidOptionException("--trainer", "LightGBM's native library could not be loaded (on Debian it needs the OpenMP runtime: apt-get install libgomp1); or use --trainer fasttree, which needs nothing native.");
        }
    }

    /// <summary>Trains a classifier; labels are 1-based codes up to <paramref name="classes"/>.</summary>
    internal ITransformer TrainClassifier(IReadOnlyList<float[]> features, IReadOnlyList<uint> labels, int classes)
    {
        // A key-typed field of a row class holds the 0-based index (ML.NET adds 1 to make the raw key); predictions come back as raw keys, 1-based.
        var view = ml.Data.LoadFromEnumerable(Enumerable.Range(0, features.Count).Select(i => new ClassRow { Features = features[i], Label = labels[i] - 1 }), ClassSchema(classes));
        IEstimator<ITransformer> trainer = options.Trainer switch
        {
            InferenceTrainer.LightGbm => ml.MulticlassClassification.Trainers.LightGbm(new LightGbmMulticlassTrainer.Options
            {
                NumberOfIterations = options.Iterations,
                NumberOfLeaves = Leaves,
                MinimumExampleCountPerLeaf = MinimumPerLeaf,
                LearningRate = LearningRate,
                Seed = seed,
                NumberOfThreads = 1,
                Silent = true,
                Verbose = false,
                EvaluationMetric = LightGbmMulticlassTrainer.Options.EvaluateMetricType.None,
            }),
            InferenceTrainer.FastTree => ml.Transforms.ReplaceMissingValues("Features").Append(ml.MulticlassClassification.Trainers.OneVersusAll(
                ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
                {
                    NumberOfTrees = options.Iterations,
                    NumberOfLeaves = Leaves,
                    MinimumExampleCountPerLeaf = MinimumPerLeaf,
                    LearningRate = LearningRate,
                    NumberOfThreads = 1,
                    RandomStart = false,
                }))),
            _ => ml.Transforms.ReplaceMissingValues("Features").Append(ml.Transforms.NormalizeMinMax("Features"))
                .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new Microsoft.ML.Trainers.SdcaMaximumEntropyMulticlassTrainer.Options { NumberOfThreads = 1 })),
        };
        return Fit(trainer, view);
    }

    /// <summary>Predicts 1-based class codes.</summary>
    internal uint[] PredictClasses(ITransformer model, IReadOnlyList<float[]> features, int classes)
    {
        var (distinct, index) = Distinct(features);
        var unique = PredictDistinctClasses(model, distinct, classes);
        var result = new uint[features.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = unique[index[i]];
        }

        return result;
    }

    /// <summary>Predicts values.</summary>
    internal float[] PredictValues(ITransformer model, IReadOnlyList<float[]> features)
    {
        var (distinct, index) = Distinct(features);
        var unique = PredictDistinctValues(model, distinct);
        var result = new float[features.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = unique[index[i]];
        }

        return result;
    }

    /// <summary>
    /// The distinct feature rows and each row's index among them: records with the same quasi-identifiers (an
    /// equivalence class) get the same prediction, so each class is predicted once.
    /// </summary>
    private static (List<float[]> Distinct, int[] Index) Distinct(IReadOnlyList<float[]> features)
    {
        var seen = new Dictionary<float[], int>(FeatureRowComparer.Instance);
        var distinct = new List<float[]>();
        var index = new int[features.Count];
        for (var i = 0; i < index.Length; i++)
        {
            if (!seen.TryGetValue(features[i], out var at))
            {
                at = distinct.Count;
                seen.Add(features[i], at);
                distinct.Add(features[i]);
            }

            index[i] = at;
        }

        return (distinct, index);
    }

    private uint[] PredictDistinctClasses(ITransformer model, IReadOnlyList<float[]> features, int classes)
    {
        if (Compiled(model) is not { } trees)
        {
            return MicrosoftMlClasses(model, features, classes);
        }

        var scores = new float[trees.Outputs];
        return Mixed(features, row => trees.PredictClass(row, scores), rows => MicrosoftMlClasses(model, rows, classes));
    }

    /// <summary>
    /// Predicts the rows the compiled trees can evaluate with <paramref name="compiled"/>, and the rows with a missing
    /// feature together with <paramref name="microsoftMl"/>, each at its place.
    /// </summary>
    private static T[] Mixed<T>(IReadOnlyList<float[]> features, Func<float[], T> compiled, Func<IReadOnlyList<float[]>, T[]> microsoftMl)
    {
        var result = new T[features.Count];
        var missing = new List<int>();
        for (var i = 0; i < result.Length; i++)
        {
            if (CompiledTrees.CanEvaluate(features[i]))
            {
                result[i] = compiled(features[i]);
            }
            else
            {
                missing.Add(i);
            }
        }

        if (missing.Count > 0)
        {
            var rest = microsoftMl([.. missing.Select(i => features[i])]);
            for (var m = 0; m < missing.Count; m++)
            {
                result[missing[m]] = rest[m];
            }
        }

        return result;
    }

    /// <summary>The model's trees compiled once (see <see cref="CompiledTrees"/>); null where Microsoft.ML predicts.</summary>
    private CompiledTrees? Compiled(ITransformer model)
    {
        if (!UseCompiledTrees)
        {
            return null;
        }

        if (!ReferenceEquals(model, compiledFor))
        {
            compiled = CompiledTrees.From(model);
            compiledFor = model;
        }

        return compiled;
    }

    /// <summary>Microsoft.ML's own prediction of 1-based class codes.</summary>
    internal uint[] MicrosoftMlClasses(ITransformer model, IReadOnlyList<float[]> features, int classes)
    {
        var view = ml.Data.LoadFromEnumerable(Enumerable.Range(0, features.Count).Select(i => new ClassRow { Features = features[i], Label = 0 }), ClassSchema(classes));
        var scored = model.Transform(view);
        var result = new uint[features.Count];
        using var cursor = scored.GetRowCursor(scored.Schema.Where(c => c.Name == "PredictedLabel"));
        var getter = cursor.GetGetter<uint>(scored.Schema["PredictedLabel"]);
        var i = 0;
        uint value = 0;
        while (cursor.MoveNext())
        {
            getter(ref value);
            result[i++] = value;
        }

        return result;
    }

    /// <summary>Trains a regressor.</summary>
    internal ITransformer TrainRegressor(IReadOnlyList<float[]> features, IReadOnlyList<float> labels)
    {
        var view = ml.Data.LoadFromEnumerable(Enumerable.Range(0, features.Count).Select(i => new ValueRow { Features = features[i], Label = labels[i] }), ValueSchema());
        IEstimator<ITransformer> trainer = options.Trainer switch
        {
            InferenceTrainer.LightGbm => ml.Regression.Trainers.LightGbm(new LightGbmRegressionTrainer.Options
            {
                NumberOfIterations = options.Iterations,
                NumberOfLeaves = Leaves,
                MinimumExampleCountPerLeaf = MinimumPerLeaf,
                LearningRate = LearningRate,
                Seed = seed,
                NumberOfThreads = 1,
                Silent = true,
                Verbose = false,
                EvaluationMetric = LightGbmRegressionTrainer.Options.EvaluateMetricType.None,
            }),
            InferenceTrainer.FastTree => ml.Transforms.ReplaceMissingValues("Features").Append(ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
            {
                NumberOfTrees = options.Iterations,
                NumberOfLeaves = Leaves,
                MinimumExampleCountPerLeaf = MinimumPerLeaf,
                LearningRate = LearningRate,
                NumberOfThreads = 1,
            })),
            _ => ml.Transforms.ReplaceMissingValues("Features").Append(ml.Transforms.NormalizeMinMax("Features"))
                .Append(ml.Regression.Trainers.Sdca(new Microsoft.ML.Trainers.SdcaRegressionTrainer.Options { NumberOfThreads = 1 })),
        };
        return Fit(trainer, view);
    }

    private float[] PredictDistinctValues(ITransformer model, IReadOnlyList<float[]> features)
        => Compiled(model) is { } trees
            ? Mixed(features, trees.PredictValue, rows => MicrosoftMlValues(model, rows))
            : MicrosoftMlValues(model, features);

    /// <summary>Microsoft.ML's own prediction of values.</summary>
    internal float[] MicrosoftMlValues(ITransformer model, IReadOnlyList<float[]> features)
    {
        var view = ml.Data.LoadFromEnumerable(Enumerable.Range(0, features.Count).Select(i => new ValueRow { Features = features[i] }), ValueSchema());
        var scored = model.Transform(view);
        var result = new float[features.Count];
        using var cursor = scored.GetRowCursor(scored.Schema.Where(c => c.Name == "Score"));
        var getter = cursor.GetGetter<float>(scored.Schema["Score"]);
        var i = 0;
        float value = 0;
        while (cursor.MoveNext())
        {
            getter(ref value);
            result[i++] = value;
        }

        return result;
    }

    private SchemaDefinition ClassSchema(int classes)
    {
        var schema = SchemaDefinition.Create(typeof(ClassRow));
        schema[nameof(ClassRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        schema[nameof(ClassRow.Label)].ColumnType = new KeyDataViewType(typeof(uint), classes);
        return schema;
    }

    private SchemaDefinition ValueSchema()
    {
        var schema = SchemaDefinition.Create(typeof(ValueRow));
        schema[nameof(ValueRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        return schema;
    }

    private sealed class FeatureRowComparer : IEqualityComparer<float[]>
    {
        internal static readonly FeatureRowComparer Instance = new();

        public bool Equals(float[]? x, float[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(float[] row)
        {
            var hash = new HashCode();
            foreach (var value in row)
            {
                hash.Add(value);
            }

            return hash.ToHashCode();
        }
    }

    private sealed class ClassRow
    {
        public float[] Features { get; set; } = [];

        public uint Label { get; set; }
    }

    private sealed class ValueRow
    {
        public float[] Features { get; set; } = [];

        public float Label { get; set; }
    }
}
