namespace RiskNotebooks.Assessment;

/// <summary>
/// A measured probability of re-identification given an attempt, P(re-id | attempt), from any of the risk engines:
/// the registry engine (prosecutor risk), the text engine (share of documents at high risk), the location engine (unicity
/// of traces), the genotype engine (probability of being unique in the population), the identifiability catalogue, or a
/// probability stated by the assessor. The assessment only needs the average and the highest risk and where they came from.
/// </summary>
public interface IReidentificationMeasurement
{
    /// <summary>What was measured (a file name, a table name).</summary>
    string Source { get; }

    /// <summary>How, in words: the model and its parameters (e.g. "prosecutor risk on birth_date, sex, postcode").</summary>
    string Method { get; }

    /// <summary>The average risk over records in [0, 1]: the measure for non-public releases.</summary>
    double AverageRisk { get; }

    /// <summary>The highest risk of any record in [0, 1]: the measure for a public release, where an attacker picks the target.</summary>
    double HighestRisk { get; }

    /// <summary><see cref="Method"/> with counts of people written as a report with this minimum cell size writes them.</summary>
    /// <param name="minimumCellSize">The minimum cell size of the report.</param>
    /// <returns>The method, in words.</returns>
    string DescribeMethod(Data.MinimumCellSize minimumCellSize) => Method;

    /// <summary>The number of people measured (records, users, samples), or <see langword="null"/> when the measure does not count people.</summary>
    /// <remarks>The harm rules use it as the number of data subjects when the assessment does not state one.</remarks>
    long? SubjectCount => null;

    /// <summary>The file or folder measured, or <see langword="null"/> when nothing was read (a stated or catalogued probability).</summary>
    string? InputPath => null;
}
