using System.Collections.ObjectModel;

namespace RiskNotebooks.Registry.Diversity;

/// <summary>
/// One instance of l-diversity (<see cref="Variant"/>) of one sensitive attribute over the equivalence classes: the l of every
/// class and what they add up to.
/// </summary>
/// <remarks>
/// <para>The data set's l is the smallest l of any class (<see cref="Minimum"/>); a data set is l-diverse for a required l
/// when no class falls below it. <see cref="Average"/> is the unweighted mean over classes. The record counts say how many
/// records sit in classes below 2 (a class whose records all share one value reveals it: attribute disclosure) and below the
/// required l.</para>
/// <para>An empty table has no classes: every figure is 0 and <see cref="IsSatisfied"/> is <see langword="true"/>.
/// Immutable.</para>
/// </remarks>
public sealed class LDiversitySummary
{
    private LDiversitySummary(LDiversityVariant variant, int requiredL, double[] perClass, double minimum, double average, long recordsBelow2, long recordsBelowRequired, long classesBelowRequired, long recordCount, LDiversityBucket[] distribution)
    {
        Variant = variant;
        RequiredL = requiredL;
        PerClass = Array.AsReadOnly(perClass);
        Minimum = minimum;
        Average = average;
        RecordsBelowL2 = recordsBelow2;
        RecordsBelowRequiredL = recordsBelowRequired;
        ClassesBelowRequiredL = classesBelowRequired;
        ShareBelowL2 = recordCount == 0 ? 0d : (double)recordsBelow2 / recordCount;
        ShareBelowRequiredL = recordCount == 0 ? 0d : (double)recordsBelowRequired / recordCount;
        Distribution = Array.AsReadOnly(distribution);
    }

    /// <summary>Which l-diversity this is.</summary>
    public LDiversityVariant Variant { get; }

    /// <summary>The l asked for (<see cref="DiversityOptions.RequiredL"/>).</summary>
    public int RequiredL { get; }

    /// <summary>The l of each class, indexed by class id (as in <see cref="EquivalenceClasses.ClassSizes"/>).</summary>
    public ReadOnlyCollection<double> PerClass { get; }

    /// <summary>The data set's l: the smallest l of any class (0 without classes).</summary>
    public double Minimum { get; }

    /// <summary>The mean l over classes, each class counted once (0 without classes).</summary>
    public double Average { get; }

    /// <summary>The number of records in classes whose l is below 2.</summary>
    public long RecordsBelowL2 { get; }

    /// <summary>The share of records in classes whose l is below 2, in [0, 1].</summary>
    public double ShareBelowL2 { get; }

    /// <summary>The number of records in classes whose l is below <see cref="RequiredL"/>.</summary>
    public long RecordsBelowRequiredL { get; }

    /// <summary>The share of records in classes whose l is below <see cref="RequiredL"/>, in [0, 1].</summary>
    public double ShareBelowRequiredL { get; }

    /// <summary>The number of classes whose l is below <see cref="RequiredL"/>.</summary>
    public long ClassesBelowRequiredL { get; }

    /// <summary>Whether every class reaches <see cref="RequiredL"/>: the data set is l-diverse in this sense.</summary>
    /// <remarks>For <see cref="LDiversityVariant.Recursive"/>: whether recursive (c, <see cref="RequiredL"/>)-diversity holds.</remarks>
    public bool IsSatisfied => ClassesBelowRequiredL == 0;

    /// <summary>
    /// The distribution of classes by l, ascending, with only the l that occur. For entropy l-diversity a bar holds the classes
    /// whose l has that integer part.
    /// </summary>
    public ReadOnlyCollection<LDiversityBucket> Distribution { get; }

    /// <summary>Summarises the l of every class; takes ownership of <paramref name="perClass"/>.</summary>
    internal static LDiversitySummary Summarize(LDiversityVariant variant, int requiredL, double[] perClass, ReadOnlySpan<int> classSizes, long recordCount)
    {
        if (perClass.Length == 0)
        {
            return new LDiversitySummary(variant, requiredL, perClass, 0, 0, 0, 0, 0, recordCount, []);
        }

        var minimum = double.PositiveInfinity;
        var sum = 0d;
        var top = 0;
        long below2 = 0, belowRequired = 0, classesBelow = 0;
        for (var c = 0; c < perClass.Length; c++)
        {
            var l = perClass[c];
            minimum = Math.Min(minimum, l);
            sum += l;
            top = Math.Max(top, (int)l);
            if (l < 2d)
            {
                below2 += classSizes[c];
            }

            if (l < requiredL)
            {
                belowRequired += classSizes[c];
                classesBelow++;
            }
        }

        var classes = new long[top + 1];
        var records = new long[top + 1];
        for (var c = 0; c < perClass.Length; c++)
        {
            var bar = (int)perClass[c];
            classes[bar]++;
            records[bar] += classSizes[c];
        }

        var distribution = new List<LDiversityBucket>();
        for (var l = 0; l < classes.Length; l++)
        {
            if (classes[l] > 0)
            {
                distribution.Add(new LDiversityBucket(l, classes[l], records[l]));
            }
        }

        return new LDiversitySummary(variant, requiredL, perClass, minimum, sum / perClass.Length, below2, belowRequired, classesBelow, recordCount, distribution.ToArray());
    }
}
