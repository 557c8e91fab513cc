using System.Runtime.Loader;
using RiskNotebooks.Inference;

namespace RiskNotebooks.ML.Tests;

public sealed class IsolatedLearnersTests
{
    private static readonly AttributeInferenceOptions AB = new() { QuasiIdentifiers = ["a", "b"], SensitiveAttributes = ["s"] };

    [Fact]
    public void LightGbm_learners_that_run_at_once_each_have_their_own_copy_of_the_trainer_and_learn_the_same_model()
    {
        var rows = Enumerable.Range(0, 3_000).Select(i => new float[] { i % 7, i % 11 }).ToArray();
        var labels = rows.Select(r => (uint)(1 + (((int)r[0] + (2 * (int)r[1])) % 3))).ToArray();
        uint[] Train(IsolatedLearners.Lease lease) => lease.PredictClasses(lease.TrainClassifier(rows, labels, 3), rows, 3);

        using var single = IsolatedLearners.Rent(AB with { Threads = 1 }, 2, 0);
        var expected = Train(single);
        Assert.Same(typeof(IsolatedLearners).Assembly, single.LearnerAssembly);

        using var first = IsolatedLearners.Rent(AB with { Threads = 2 }, 2, 0);
        using var second = IsolatedLearners.Rent(AB with { Threads = 2 }, 2, 0);
        Assert.NotSame(first.LearnerAssembly, second.LearnerAssembly);
        Assert.NotSame(AssemblyLoadContext.GetLoadContext(first.LearnerAssembly), AssemblyLoadContext.GetLoadContext(second.LearnerAssembly));
        var results = new[] { first, second }.AsParallel().Select(Train).ToArray();
        Assert.All(results, r => Assert.Equal(expected, r));
        Assert.Equal(labels, expected);
    }

    [Fact]
    public void Other_learners_stay_in_the_context_that_loaded_the_engine()
    {
        using var lease = IsolatedLearners.Rent(AB with { Threads = 2, Trainer = InferenceTrainer.FastTree }, 2, 0);
        Assert.Same(typeof(IsolatedLearners).Assembly, lease.LearnerAssembly);
    }
}
