using System.Collections.ObjectModel;

namespace RiskNotebooks.Registry.Diversity;

/// <summary>
/// t-closeness of one sensitive attribute: the earth mover's distance between each class's distribution of the attribute and
/// the whole table's (Li, Li and Venkatasubramanian 2007, as ARX's <c>EqualDistanceTCloseness</c> and
/// <c>OrderedDistanceTCloseness</c>), and what those distances add up to.
/// </summary>
/// <remarks>
/// <para>Distances lie in [0, 1]; 0 means the class shows the same distribution as the whole table, so seeing the class tells
/// an attacker nothing new about the attribute. The data set's t is the largest distance (<see cref="Maximum"/>); as in ARX,
/// a class satisfies t-closeness for a threshold t when its distance is at most t, so <see cref="RecordsAboveThreshold"/>
/// counts the records of classes strictly above it.</para>
/// <para>An empty table has no classes: every figure is 0. Immutable.</para>
/// </remarks>
public sealed class TClosenessSummary
{
    private TClosenessSummary(GroundDistance groundDistance, int valueCount, double threshold, double[] perClass, double maximum, double average, long recordsAbove, long classesAbove, long recordCount)
    {
        GroundDistance = groundDistance;
        ValueCount = valueCount;
        Threshold = threshold;
        PerClass = Array.AsReadOnly(perClass);
        Maximum = maximum;
        Average = average;
        RecordsAboveThreshold = recordsAbove;
        ClassesAboveThreshold = classesAbove;
        ShareAboveThreshold = recordCount == 0 ? 0d : (double)recordsAbove / recordCount;
    }

    /// <summary>The ground distance used.</summary>
    public GroundDistance GroundDistance { get; }

    /// <summary>
    /// m: the number of distinct values over which the distributions are compared (a missing value counts as one; with the
    /// ordered distance, values that are equal as numbers count once).
    /// </summary>
    public int ValueCount { get; }

    /// <summary>The threshold t (<see cref="DiversityOptions.TThreshold"/>).</summary>
    public double Threshold { get; }

    /// <summary>The distance of each class, indexed by class id (as in <see cref="EquivalenceClasses.ClassSizes"/>).</summary>
    public ReadOnlyCollection<double> PerClass { get; }

    /// <summary>The data set's t: the largest distance of any class (0 without classes).</summary>
    public double Maximum { get; }

    /// <summary>The mean distance over classes, each class counted once (0 without classes).</summary>
    public double Average { get; }

    /// <summary>The number of records in classes whose distance is strictly greater than <see cref="Threshold"/>.</summary>
    public long RecordsAboveThreshold { get; }

    /// <summary>The share of records in classes whose distance is strictly greater than <see cref="Threshold"/>, in [0, 1].</summary>
    public double ShareAboveThreshold { get; }

    /// <summary>The number of classes whose distance is strictly greater than <see cref="Threshold"/>.</summary>
    public long ClassesAboveThreshold { get; }

    /// <summary>Whether every class is within <see cref="Threshold"/>: the data set has t-closeness for that t.</summary>
    public bool IsSatisfied => ClassesAboveThreshold == 0;

    /// <summary>Summarises the distance of every class; takes ownership of <paramref name="perClass"/>.</summary>
    internal static TClosenessSummary Summarize(GroundDistance groundDistance, int valueCount, double threshold, double[] perClass, ReadOnlySpan<int> classSizes, long recordCount)
    {
        var maximum = 0d;
        var sum = 0d;
        long recordsAbove = 0, classesAbove = 0;
        for (var c = 0; c < perClass.Length; c++)
        {
            var t = perClass[c];
            maximum = Math.Max(maximum, t);
            sum += t;
            if (t > threshold)
            {
                recordsAbove += classSizes[c];
                classesAbove++;
            }
        }

        var average = perClass.Length == 0 ? 0d : sum / perClass.Length;
        return new TClosenessSummary(groundDistance, valueCount, threshold, perClass, maximum, average, recordsAbove, classesAbove, recordCount);
    }
}
