using RiskNotebooks.Data;

namespace RiskNotebooks.Registry.Individual;

/// <summary>
/// sdcMicro's individual re-identification risk of every record (<c>measure_risk</c> / <c>indivRisk</c>), with
/// expected re-identifications, and household risk when a household id is given.
/// </summary>
/// <remarks>
/// <para>With sampling weights, the Benedetti-Franconi approximation (sdcMicro's <c>method = "approx"</c>), p = fk/Fk:
/// fk = 1: r = p/(1−p)·ln(1/p); fk = 2: r = p/(1−p) − (p/(1−p))²·ln(1/p); fk &gt; 2: r = p/(fk − (1 − p)); and r = 1/fk
/// wherever fk = Fk. (As in sdcMicro, a non-integer fk below 2, possible with α &lt; 1, gets r = 0.) Without weights
/// r = 1/fk.</para>
/// <para>Expected re-identifications = Σ r; mean risk = Σ r / n. Household risk: every member of a household gets
/// 1 − Π (1 − r_i) over the household's members; records without a household id get NaN and are left out of the sum.</para>
/// </remarks>
public sealed class IndividualRisk
{
    private readonly double[] risk;
    private readonly double[]? householdRisk;

    private IndividualRisk(SampleFrequencies frequencies, double[] risk, double[]? householdRisk)
    {
        Frequencies = frequencies;
        this.risk = risk;
        this.householdRisk = householdRisk;
        foreach (var r in risk)
        {
            ExpectedReidentifications += r;
        }

        MeanRisk = risk.Length == 0 ? 0d : ExpectedReidentifications / risk.Length;
        if (householdRisk is not null)
        {
            var sum = 0d;
            foreach (var r in householdRisk)
            {
                if (!double.IsNaN(r))
                {
                    sum += r;
                }
            }

            HouseholdExpectedReidentifications = sum;
        }
    }

    /// <summary>fk and Fk of every record.</summary>
    public SampleFrequencies Frequencies { get; }

    /// <summary>The risk of every record.</summary>
    public ReadOnlySpan<double> Risk => risk;

    /// <summary>The household risk of every record, when a household id was given.</summary>
    public ReadOnlySpan<double> HouseholdRisk => householdRisk;

    /// <summary>Whether household risk was computed.</summary>
    public bool HasHouseholds => householdRisk is not null;

    /// <summary>Σ r: the expected number of re-identifications (sdcMicro's global risk "ER").</summary>
    public double ExpectedReidentifications { get; }

    /// <summary>Σ r / n (sdcMicro's global risk).</summary>
    public double MeanRisk { get; }

    /// <summary>Σ of household risks over records, when a household id was given (sdcMicro's <c>hier_risk_ER</c>).</summary>
    public double? HouseholdExpectedReidentifications { get; }

    /// <summary>Σ of household risks / n, when a household id was given (sdcMicro's <c>hier_risk</c>).</summary>
    public double? HouseholdMeanRisk => HouseholdExpectedReidentifications / Math.Max(1, risk.Length);

    /// <summary>Computes individual (and household) risk.</summary>
    /// <param name="table">The data.</param>
    /// <param name="keys">The key variables.</param>
    /// <param name="weightColumn">The sampling weight column, or <see langword="null"/>.</param>
    /// <param name="householdColumn">The household id column, or <see langword="null"/>.</param>
    /// <param name="alpha">α for missing key values (default 1).</param>
    /// <param name="cancellationToken">Stops a long computation.</param>
    /// <returns>The risks.</returns>
    public static IndividualRisk Compute(Table table, IReadOnlyList<string> keys, string? weightColumn = null, string? householdColumn = null, double alpha = 1d, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        var columns = QuasiIdentifierSet.Resolve(table, keys);
        return Compute(table, columns, EquivalenceClasses.Build(columns, table.RowCount, cancellationToken), weightColumn, householdColumn, alpha, cancellationToken);
    }

    internal static IndividualRisk Compute(Table table, Column[] columns, EquivalenceClasses exactPatterns, string? weightColumn, string? householdColumn, double alpha, CancellationToken cancellationToken)
    {
        var frequencies = SampleFrequencies.Compute(table, columns, exactPatterns, weightColumn, alpha, cancellationToken);
        var risk = Approximate(frequencies);
        double[]? household = null;
        if (householdColumn is not null)
        {
            var ids = table.GetColumn(householdColumn);
            if (frequencies.Keys.Contains(ids.Name))
            {
                throw new InvalidOptionException("HouseholdColumn", $"column '{ids.Name}' is also a quasi-identifier.");
            }

            household = Households(ids, risk);
        }

        return new IndividualRisk(frequencies, risk, household);
    }

    private static double[] Approximate(SampleFrequencies frequencies)
    {
        var fk = frequencies.Fk;
        var Fk = frequencies.WeightedFk;
        var risk = new double[fk.Length];
        for (var r = 0; r < risk.Length; r++)
        {
            var f = fk[r];
            if (!frequencies.HasWeights || f == Fk[r])
            {
                risk[r] = 1d / f;
                continue;
            }

            var p = f / Fk[r];
            var odds = p / (1d - p);
            if (f > 2d)
            {
                risk[r] = p / (f - (1d - p));
            }
            else if (f == 2d)
            {
                risk[r] = odds - (odds * odds * Math.Log(1d / p));
            }
            else if (f == 1d)
            {
                risk[r] = odds * Math.Log(1d / p);
            }
        }

        return risk;
    }

    private static double[] Households(Column ids, double[] risk)
    {
        var survival = new double[ids.Cardinality];
        Array.Fill(survival, 1d);
        var codes = ids.Codes;
        for (var r = 0; r < risk.Length; r++)
        {
            survival[codes[r]] *= 1d - risk[r];
        }

        var result = new double[risk.Length];
        for (var r = 0; r < risk.Length; r++)
        {
            result[r] = codes[r] == Column.MissingCode ? double.NaN : 1d - survival[codes[r]];
        }

        return result;
    }
}
