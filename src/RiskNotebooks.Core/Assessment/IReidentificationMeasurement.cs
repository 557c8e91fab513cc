namespace RiskNotebooks.Assessment;

/// <summary>
/// A measured probability of re-identification given an attempt, P(re-id | attempt), from any of the risk engines:
/// the registry engine (prosecutor risk), and when they land the location engine (unicity of traces) and the text engine
/// (identifiers found). The assessment only needs the average and the highest risk and where they came from.
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
}
