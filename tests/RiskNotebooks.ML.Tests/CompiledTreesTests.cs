using RiskNotebooks.Data;
using RiskNotebooks.Inference;

namespace RiskNotebooks.ML.Tests;

/// <summary>The compiled trees predict exactly what Microsoft.ML predicts from the same model.</summary>
public sealed class CompiledTreesTests
{
    private static readonly AttributeInferenceOptions Options = new() { QuasiIdentifiers = ["x"], SensitiveAttributes = ["y"] };

    [Theory]
    [InlineData(14)]
    [InlineData(3)]
    [InlineData(2)]
    public void A_multiclass_model_predicts_the_same_classes_as_Microsoft_ML(int classes)
    {
        var (features, labels) = Generated(6_000, 5, classes, seed: classes);
        var learner = new InferenceLearner(Options, 5, 0);
        var model = learner.TrainClassifier(features[..4_000], labels[..4_000], classes);
        Assert.NotNull(CompiledTrees.From(model));

        var held = features[4_000..];
        var compiled = learner.PredictClasses(model, held, classes);
        var reference = new InferenceLearner(Options, 5, 0) { UseCompiledTrees = false }.MicrosoftMlClasses(model, held, classes);
        Assert.Equal(reference, compiled);
        Assert.True(compiled.Distinct().Count() > 1, "the model predicts more than one class");
    }

    [Fact]
    public void A_regression_predicts_the_same_values_as_Microsoft_ML()
    {
        var (features, labels) = Generated(6_000, 4, 0, seed: 7);
        var learner = new InferenceLearner(Options, 4, 0);
        var model = learner.TrainRegressor(features[..4_000], [.. labels[..4_000].Select(l => (float)l)]);
        Assert.NotNull(CompiledTrees.From(model));

        var held = features[4_000..];
        Assert.Equal(learner.MicrosoftMlValues(model, held), learner.PredictValues(model, held));
    }

    [Fact]
    public void Adults_occupation_is_predicted_the_same_for_every_record()
    {
        var table = CsvTableReader.Load(Path.Combine(AppContext.BaseDirectory, "TestData", "adult.csv"));
        var warnings = new List<string>();
        var features = QuasiIdentifierFeatures.Build(table, ["sex", "age", "race", "marital-status", "education", "native-country", "workclass"], warnings);
        var occupation = table.GetColumn("occupation");
        var labels = Enumerable.Range(0, table.RowCount).Select(r => (uint)occupation.GetCode(r)).ToArray();
        var learner = new InferenceLearner(Options, features.Dimension, 0);
        var model = learner.TrainClassifier(features.Rows[..20_000], labels[..20_000], occupation.DistinctCount);

        var compiled = learner.PredictClasses(model, features.Rows, occupation.DistinctCount);
        var reference = learner.MicrosoftMlClasses(model, features.Rows, occupation.DistinctCount);
        Assert.Equal(reference, compiled);
    }

    [Fact]
    public void Other_learners_are_left_to_Microsoft_ML()
    {
        var (features, labels) = Generated(1_000, 3, 3, seed: 3);
        var model = new InferenceLearner(Options with { Trainer = InferenceTrainer.FastTree }, 3, 0).TrainClassifier(features, labels, 3);
        Assert.Null(CompiledTrees.From(model));
    }

    /// <summary>
    /// Features: two small integer codes, a continuous value, a code with missing values (NaN), and noise; labels: a
    /// noisy function of them (1-based class codes), or 0 for a numeric target (the label is then the class number).
    /// </summary>
    private static (float[][] Features, uint[] Labels) Generated(int rows, int dimension, int classes, int seed)
    {
        var random = new Random(seed);
        var features = new float[rows][];
        var labels = new uint[rows];
        for (var i = 0; i < rows; i++)
        {
            var row = new float[dimension];
            row[0] = random.Next(12);
            row[1] = random.Next(5);
            row[2] = (float)(random.NextDouble() * 100);
            if (dimension > 3)
            {
                row[3] = random.NextDouble() < 0.1 ? float.NaN : random.Next(8);
            }

            for (var j = 4; j < dimension; j++)
            {
                row[j] = random.Next(3);
            }

            features[i] = row;
            var signal = (int)row[0] + (2 * (int)row[1]) + (row[2] > 50 ? 3 : 0) + random.Next(3);
            labels[i] = classes == 0 ? (uint)signal : (uint)(signal % classes) + 1;
        }

        return (features, labels);
    }
}
