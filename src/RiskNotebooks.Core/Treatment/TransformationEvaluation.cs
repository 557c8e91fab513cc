namespace RiskNotebooks.Treatment;

/// <summary>One transformation applied and measured: whether it meets the targets, what it suppresses, its risks and its information loss.</summary>
public sealed class TransformationEvaluation
{
    internal TransformationEvaluation(Transformation transformation, bool meetsTargets, long records, long suppressed, long classes, int smallestClass, long recordsAtRisk, double[] scores)
    {
        Transformation = transformation;
        MeetsTargets = meetsTargets;
        RecordCount = records;
        SuppressedRecords = suppressed;
        ClassCount = classes;
        SmallestClassSize = smallestClass;
        RecordsAtRisk = recordsAtRisk;
        this.scores = scores;
    }

    private readonly double[] scores;

    /// <summary>The transformation.</summary>
    public Transformation Transformation { get; }

    /// <summary>Whether the released table meets every target within the suppression limit.</summary>
    public bool MeetsTargets { get; }

    /// <summary>n: the records of the input.</summary>
    public long RecordCount { get; }

    /// <summary>The records suppressed (removed from the release, or all quasi-identifiers set to <c>*</c>).</summary>
    public long SuppressedRecords { get; }

    /// <summary>The share of records suppressed.</summary>
    public double SuppressedShare => RecordCount == 0 ? 0 : (double)SuppressedRecords / RecordCount;

    /// <summary>The equivalence classes of the records released (suppressed records not counted).</summary>
    public long ClassCount { get; }

    /// <summary>The smallest released class (0 when every record is suppressed).</summary>
    public int SmallestClassSize { get; }

    /// <summary>The highest prosecutor risk of a released record: 1 / <see cref="SmallestClassSize"/> (0 when none is released).</summary>
    public double HighestProsecutorRisk => SmallestClassSize == 0 ? 0 : 1d / SmallestClassSize;

    /// <summary>The average prosecutor risk of the released records: classes / released records.</summary>
    public double AverageProsecutorRisk => RecordCount - SuppressedRecords == 0 ? 0 : (double)ClassCount / (RecordCount - SuppressedRecords);

    /// <summary>Released records in classes of fewer than 5 records (prosecutor risk above 0.2; the threshold the cards use).</summary>
    public long RecordsAtRisk { get; }

    /// <summary>The score of a metric (lower is better).</summary>
    /// <param name="metric">The metric.</param>
    /// <returns>The score.</returns>
    public double Score(InformationLossMetric metric) => scores[(int)metric];
}
