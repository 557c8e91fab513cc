using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace RiskNotebooks.ML;

/// <summary>
/// A trained LightGBM model's trees in flat arrays, evaluated the way Microsoft.ML evaluates them, without Microsoft.ML's
/// per-row overhead (its multiclass scorer starts a parallel loop over the classes for every row).
/// </summary>
/// <remarks>
/// <para>
/// Equal to Microsoft.ML 6.0.0's own predictions, by construction and by test (<c>CompiledTreesTests</c>): a tree's output
/// is the value of the leaf reached by going left when the feature is at most the node's threshold; a class's score is
/// the sum of its trees' outputs in double precision, cast to float; the class probabilities are Microsoft.ML's: for
/// LightGBM's default one-versus-all objective each class's Platt probability (the model's own calibrator), negatives
/// clamped to 0, over their sum; for the softmax objective exp of each score over their float sum. The predicted class is
/// the first with the highest probability.
/// </para>
/// <para>
/// A missing feature (NaN) follows each node's default direction, which Microsoft.ML keeps internally: rows with a
/// missing feature are left to Microsoft.ML (<see cref="CanEvaluate"/>).
/// </para>
/// </remarks>
internal sealed class CompiledTrees
{
    private readonly Tree[][] classes;
    private readonly Formula formula;
    private readonly PlattCalibrator[] calibrators;

    private CompiledTrees(Tree[][] classes, Formula formula, PlattCalibrator[] calibrators)
    {
        this.classes = classes;
        this.formula = formula;
        this.calibrators = calibrators;
    }

    /// <summary>How Microsoft.ML turns the per-class scores into the scores it takes the arg max of.</summary>
    private enum Formula
    {
        /// <summary>The raw scores (and a regression's value).</summary>
        Raw,

        /// <summary>exp of each raw score over their sum (LightGBM's softmax objective).</summary>
        Softmax,

        /// <summary>Each class's calibrated probability over their sum (LightGBM's one-versus-all objective, the default).</summary>
        ProbabilityNormalization,
    }

    /// <summary>The number of class scores (1 for a regression).</summary>
    internal int Outputs => classes.Length;

    /// <summary>Compiles a LightGBM multiclass or regression model; null for any other model (left to Microsoft.ML).</summary>
    internal static CompiledTrees? From(ITransformer model)
    {
        try
        {
            return model switch
            {
                MulticlassPredictionTransformer<OneVersusAllModelParameters> multiclass => FromOneVersusAll(multiclass.Model),
                RegressionPredictionTransformer<LightGbmRegressionModelParameters> regression => new CompiledTrees([Compile(regression.Model.TrainedTreeEnsemble)], Formula.Raw, []),
                _ => null,
            };
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Whether a row can be evaluated here: every feature present (no NaN).</summary>
    internal static bool CanEvaluate(float[] row)
    {
        foreach (var value in row)
        {
            if (float.IsNaN(value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The predicted class as Microsoft.ML's raw key: 1-based.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal uint PredictClass(float[] row, float[] scores)
    {
        for (var c = 0; c < classes.Length; c++)
        {
            scores[c] = Score(classes[c], row);
        }

        if (formula == Formula.ProbabilityNormalization)
        {
            // Each class's Platt probability; negatives clamped to 0; divided by their sum in double precision.
            double sum = 0;
            for (var c = 0; c < scores.Length; c++)
            {
                scores[c] = calibrators[c].PredictProbability(scores[c]);
                if (float.IsNaN(scores[c]))
                {
                    continue;
                }

                if (scores[c] >= 0)
                {
                    sum += scores[c];
                }
                else
                {
                    scores[c] = 0;
                }
            }

            if (sum > 0)
            {
                for (var c = 0; c < scores.Length; c++)
                {
                    scores[c] = (float)(scores[c] / sum);
                }
            }
        }
        else if (formula == Formula.Softmax)
        {
            float sum = 0;
            for (var c = 0; c < scores.Length; c++)
            {
                scores[c] = (float)Math.Exp(scores[c]);
                sum += scores[c];
            }

            for (var c = 0; c < scores.Length; c++)
            {
                scores[c] /= sum;
            }
        }

        // The first highest, NaN never chosen (as Microsoft.ML's arg max).
        var best = -1;
        for (var c = 0; c < scores.Length; c++)
        {
            if (!float.IsNaN(scores[c]) && (best < 0 || scores[c] > scores[best]))
            {
                best = c;
            }
        }

        return (uint)(Math.Max(best, 0) + 1);
    }

    /// <summary>The predicted value of a regression.</summary>
    internal float PredictValue(float[] row) => Score(classes[0], row);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static float Score(Tree[] trees, float[] row)
    {
        double output = 0;
        foreach (var tree in trees)
        {
            output += tree.Output(row);
        }

        return (float)output;
    }

    private static CompiledTrees? FromOneVersusAll(OneVersusAllModelParameters model)
    {
        // Microsoft.ML keeps the per-class models and the output formula private; without them, Microsoft.ML predicts.
        var formula = typeof(OneVersusAllModelParameters).GetField("_impl", BindingFlags.NonPublic | BindingFlags.Instance)?.GetValue(model)?.GetType().Name switch
        {
            "ImplSoftmax" => Formula.Softmax,
            "ImplDist" => Formula.ProbabilityNormalization,
            "ImplRaw" => Formula.Raw,
            _ => (Formula?)null,
        };
        if (formula is null
            || typeof(OneVersusAllModelParameters).GetProperty("SubModelParameters", BindingFlags.NonPublic | BindingFlags.Instance)?.GetValue(model) is not ImmutableArray<object> parts)
        {
            return null;
        }

        var classes = new Tree[parts.Length][];
        var calibrators = new PlattCalibrator[parts.Length];
        for (var c = 0; c < parts.Length; c++)
        {
            if (parts[c] is not CalibratedModelParametersBase<LightGbmBinaryModelParameters, PlattCalibrator> calibrated)
            {
                return null;
            }

            classes[c] = Compile(calibrated.SubModel.TrainedTreeEnsemble);
            calibrators[c] = calibrated.Calibrator;
        }

        return new CompiledTrees(classes, formula.Value, calibrators);
    }

    private static Tree[] Compile(RegressionTreeEnsemble ensemble) => [.. ensemble.Trees.Select(t => new Tree(t))];

    /// <summary>One tree: node arrays; a negative child ~i is leaf i.</summary>
    private sealed class Tree
    {
        // Prediction methods are optimised at once (AggressiveOptimization): a learner's private copy of this assembly
        // (IsolatedLearners) would otherwise start them unoptimised in every copy.
        // The split nodes side by side (feature, threshold, children: 16 bytes, one cache line for up to four nodes),
        // walked without bounds checks on the nodes: the children are the tree's own indices.
        private readonly Node[] nodes;
        private readonly double[] leaves;
        private readonly bool empty;

        internal Tree(RegressionTree tree)
        {
            if (tree.CategoricalSplitFlags.Any(f => f))
            {
                throw new NotSupportedException("Categorical splits are not compiled.");
            }

            var feature = tree.NumericalSplitFeatureIndexes;
            var threshold = tree.NumericalSplitThresholds;
            var left = tree.LeftChild;
            var right = tree.RightChild;
            nodes = new Node[left.Count];
            for (var n = 0; n < nodes.Length; n++)
            {
                if (left[n] >= nodes.Length || right[n] >= nodes.Length)
                {
                    throw new NotSupportedException("A child outside the tree is not compiled.");
                }

                nodes[n] = new Node(feature[n], threshold[n], left[n], right[n]);
            }

            leaves = [.. tree.LeafValues];

            // Microsoft.ML: a tree without a split, or whose root's left child is node 0, is empty and outputs 0.
            empty = nodes.Length == 0 || nodes[0].Left == 0;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        internal double Output(float[] row)
        {
            if (empty)
            {
                return 0;
            }

            ref var origin = ref MemoryMarshal.GetArrayDataReference(nodes);
            var node = 0;
            do
            {
                ref readonly var split = ref Unsafe.Add(ref origin, node);
                node = row[split.Feature] <= split.Threshold ? split.Left : split.Right;
            }
            while (node >= 0);

            return leaves[~node];
        }

        private readonly record struct Node(int Feature, float Threshold, int Left, int Right);
    }
}
