global using LearnerFunctions = (
    System.Func<System.Collections.Generic.IReadOnlyList<float[]>, System.Collections.Generic.IReadOnlyList<uint>, int, Microsoft.ML.ITransformer> TrainClassifier,
    System.Func<Microsoft.ML.ITransformer, System.Collections.Generic.IReadOnlyList<float[]>, int, uint[]> PredictClasses,
    System.Func<System.Collections.Generic.IReadOnlyList<float[]>, System.Collections.Generic.IReadOnlyList<float>, Microsoft.ML.ITransformer> TrainRegressor,
    System.Func<Microsoft.ML.ITransformer, System.Collections.Generic.IReadOnlyList<float[]>, float[]> PredictValues);

using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using Microsoft.ML;
using RiskNotebooks.Inference;

namespace RiskNotebooks.ML;

/// <summary>
/// Lets LightGBM learners train side by side in one process. Microsoft.ML's LightGBM trainer holds one lock, a static of
/// its assembly, for the whole of every training, so two folds never train at once however many threads the attack may
/// use: on 2 cores the trainings were the critical path of a run. Each extra concurrent learner therefore runs in an
/// <see cref="AssemblyLoadContext"/> of its own holding private copies of this assembly and of Microsoft.ML.LightGbm (and
/// so its own lock); everything else (Microsoft.ML itself, the engine) is shared with the context that loaded this
/// assembly. Only types both sides share cross the boundary: delegates over arrays and <see cref="ITransformer"/>.
/// </summary>
/// <remarks>
/// Each learner trains with one native thread and its own seed, so a learner's model is the same whichever context it
/// runs in and whatever runs beside it (tested: identical figures with 1 and 2 threads). The contexts are kept for the
/// life of the process and reused, one per learner that runs at the same time.
/// </remarks>
internal static class IsolatedLearners
{
    private static readonly ConcurrentBag<LearnerContext> Free = [];

    /// <summary>
    /// A learner for one fold: in this context when the attack runs on one thread or with another learner than LightGBM,
    /// else in a context of its own for as long as the lease is held.
    /// </summary>
    internal static Lease Rent(AttributeInferenceOptions options, int dimension, int fold)
    {
        if (options.Trainer != InferenceTrainer.LightGbm || (options.Threads ?? Environment.ProcessorCount) <= 1 || !LearnerContext.Supported)
        {
            return new Lease(InferenceLearner.Functions(options, dimension, fold), null);
        }

        if (!Free.TryTake(out var context))
        {
            context = new LearnerContext();
        }

        return new Lease(context.Create(options, dimension, fold), context);
    }

    /// <summary>A learner's four operations, and the context to give back when done.</summary>
    internal sealed class Lease(LearnerFunctions functions, LearnerContext? context) : IDisposable
    {
        private LearnerContext? context = context;

        /// <summary>The assembly the learner's code runs from (a private copy when the learner is isolated).</summary>
        internal Assembly LearnerAssembly => functions.TrainClassifier.Method.DeclaringType!.Assembly;

        internal ITransformer TrainClassifier(IReadOnlyList<float[]> features, IReadOnlyList<uint> labels, int classes) => functions.TrainClassifier(features, labels, classes);

        internal uint[] PredictClasses(ITransformer model, IReadOnlyList<float[]> features, int classes) => functions.PredictClasses(model, features, classes);

        internal ITransformer TrainRegressor(IReadOnlyList<float[]> features, IReadOnlyList<float> labels) => functions.TrainRegressor(features, labels);

        internal float[] PredictValues(ITransformer model, IReadOnlyList<float[]> features) => functions.PredictValues(model, features);

        public void Dispose()
        {
            if (Interlocked.Exchange(ref context, null) is { } c)
            {
                Free.Add(c);
            }
        }
    }

    /// <summary>A context with private copies of this assembly and Microsoft.ML.LightGbm; the rest comes from this assembly's own context.</summary>
    internal sealed class LearnerContext : AssemblyLoadContext
    {
        private static readonly Assembly Home = typeof(IsolatedLearners).Assembly;
        private static readonly string LightGbm = typeof(Microsoft.ML.Trainers.LightGbm.LightGbmMulticlassTrainer).Assembly.GetName().Name!;
        private readonly AssemblyLoadContext parent = GetLoadContext(Home) ?? Default;
        private readonly Func<AttributeInferenceOptions, int, int, LearnerFunctions> create;

        internal LearnerContext()
            : base($"RiskNotebooks learner {Guid.NewGuid():N}", isCollectible: false)
        {
            var copy = LoadFromAssemblyPath(Home.Location);
            var method = copy.GetType(typeof(InferenceLearner).FullName!, throwOnError: true)!
                .GetMethod(nameof(InferenceLearner.Functions), BindingFlags.NonPublic | BindingFlags.Static)!;
            create = method.CreateDelegate<Func<AttributeInferenceOptions, int, int, LearnerFunctions>>();
        }

        /// <summary>Whether the assemblies can be loaded again from files (not in a single-file bundle).</summary>
        internal static bool Supported => !string.IsNullOrEmpty(Home.Location) && !string.IsNullOrEmpty(typeof(Microsoft.ML.Trainers.LightGbm.LightGbmMulticlassTrainer).Assembly.Location);

        internal LearnerFunctions Create(AttributeInferenceOptions options, int dimension, int fold) => create(options, dimension, fold);

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            if (assemblyName.Name == LightGbm)
            {
                return LoadFromAssemblyPath(typeof(Microsoft.ML.Trainers.LightGbm.LightGbmMulticlassTrainer).Assembly.Location);
            }

            // Everything else is the one the rest of the process uses (so types cross the boundary unchanged).
            return parent.LoadFromAssemblyName(assemblyName);
        }

        /// <summary>
        /// LightGBM's native library, found as the shared copy of Microsoft.ML.LightGbm finds it: a host may resolve native
        /// libraries for its own assemblies only (.NET Interactive resolves them from the extension's package).
        /// </summary>
        protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
            => NativeLibrary.TryLoad(unmanagedDllName, typeof(Microsoft.ML.Trainers.LightGbm.LightGbmMulticlassTrainer).Assembly, null, out var handle) ? handle : IntPtr.Zero;
    }
}
