using System.Numerics;
using RiskNotebooks.Data;

namespace RiskNotebooks.Registry.Suda;

/// <summary>
/// SUDA scores of every record, the minimal sample uniques (MSUs) behind them, DIS-SUDA scores and the summaries that
/// sdcMicro's <c>suda2</c> returns and prints. Immutable.
/// </summary>
/// <remarks>
/// <para>An MSU of a record is a set of keys on which no other record has the record's values, no proper subset of which
/// has that property. A record's missing keys are never part of its MSUs, and a missing value in another record matches
/// nothing. Only records unique on all keys can have MSUs; every other record scores 0.</para>
/// <para>SUDA score of a record = Σ over its MSUs of the weight of the MSU's size (<see cref="MsuWeights"/>).</para>
/// <para>Row indices are 0-based, in table order. Scores and MSUs are record-level results: they name no value, but say
/// which records stand out; show them only where the user asked for them.</para>
/// </remarks>
public sealed class SudaResult
{
    private static readonly string[] BandLabels =
        ["== 0", "(0.0, 0.1]", "(0.1, 0.2]", "(0.2, 0.3]", "(0.3, 0.4]", "(0.4, 0.5]", "(0.5, 0.6]", "(0.6, 0.7]", "> 0.7"];

    private readonly MsuSet msus;
    private readonly double[] weights;
    private readonly double[] scores;
    private readonly double[] disScores;
    private readonly long[] msuCountsBySize;

    internal SudaResult(Column[] columns, int rowCount, MsuSet msus, SudaOptions options)
    {
        this.msus = msus;
        Options = options;
        Keys = columns.Select(c => c.Name).ToArray();
        RecordCount = rowCount;
        weights = SudaWeights.Of(columns.Length, options.OriginalScores);
        scores = new double[rowCount];
        msuCountsBySize = new long[columns.Length];

        var keyCount = columns.Length;
        var totals = new double[keyCount];
        var levelTotals = columns.Select(c => new double[c.Cardinality]).ToArray();
        Span<int> bySize = stackalloc int[keyCount];
        Span<double> contribution = stackalloc double[keyCount];
        var totalScore = 0d;
        for (var c = 0; c < msus.Candidates.Length; c++)
        {
            var own = msus.Of(c);
            if (own.IsEmpty)
            {
                continue;
            }

            bySize.Clear();
            contribution.Clear();
            foreach (var subset in own)
            {
                var size = BitOperations.PopCount(subset);
                bySize[size - 1]++;
                for (var keys = subset; keys != 0; keys &= keys - 1)
                {
                    contribution[BitOperations.TrailingZeroCount(keys)] += weights[size - 1];
                }
            }

            // Summed by size, as sdcMicro sums, so that the scores are bit-identical to sdcMicro's.
            var score = 0d;
            for (var k = 0; k < keyCount; k++)
            {
                score += bySize[k] * weights[k];
                msuCountsBySize[k] += bySize[k];
            }

            var row = msus.Candidates[c];
            scores[row] = score;
            totalScore += score;
            ScoredRecordCount++;
            for (var key = 0; key < keyCount; key++)
            {
                totals[key] += contribution[key];
                levelTotals[key][columns[key].GetCode(row)] += contribution[key];
            }
        }

        disScores = new double[rowCount];
        DisSuda.Compute(scores, SampleUniqueCount, PairedRecordCount, options.DisFraction, keyCount, disScores);

        Contributions = Enumerable.Range(0, keyCount)
            .Select(key => new SudaKeyContribution(
                Keys[key],
                Percent(totals[key], totalScore),
                levelTotals[key].Select(level => Percent(level, totals[key])).ToArray()))
            .ToArray();
        DisBands = CountBands(disScores);
    }

    /// <summary>The options the scores were computed with.</summary>
    public SudaOptions Options { get; }

    /// <summary>The keys (categorical quasi-identifiers), as the table names them, in the order given.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>n: the number of records.</summary>
    public int RecordCount { get; }

    /// <summary>The SUDA score of every record (sdcMicro's <c>score</c>); 0 for records without MSUs.</summary>
    public ReadOnlySpan<double> Scores => scores;

    /// <summary>The DIS-SUDA score of every record (sdcMicro's <c>disScore</c>), in [0, 1]; 0 where the score is 0.</summary>
    /// <remarks>
    /// With P = <see cref="PairedRecordCount"/>, f = <see cref="SudaOptions.DisFraction"/>, Q = 1 + (8 − max(M, 3)) / 20
    /// and A = Σ_j s_j^(−Q) over the records with a score s_j above 0: DIS_i = 1 / (1 + P (1 − f) / (f · s_i^Q · A)).
    /// sdcMicro writes P (1 − f) / f as U / Dis − U with Dis = U f / (U f + P (1 − f)), U = <see cref="SampleUniqueCount"/>,
    /// in single precision; so does this class.
    /// </remarks>
    public ReadOnlySpan<double> DisScores => disScores;

    /// <summary>
    /// The weight of an MSU of each size (element k − 1 for size k). With M keys and M' = max(M, 3) (sdcMicro pads
    /// fewer than three keys with constant ones): (M' − k)! by default; (2^(M' − k) − 1) / C(M', k) when
    /// <see cref="SudaOptions.OriginalScores"/> is false.
    /// </summary>
    public IReadOnlyList<double> MsuWeights => weights;

    /// <summary>Records whose values on all keys occur in no other record (missing counting as a value).</summary>
    public int SampleUniqueCount => msus.Candidates.Length;

    /// <summary>Records in classes of exactly two on all keys; DIS-SUDA's P.</summary>
    public int PairedRecordCount => msus.PairedRecords;

    /// <summary>Records with a score above 0 (those with at least one MSU).</summary>
    public int ScoredRecordCount { get; }

    /// <summary>The number of MSUs of all records.</summary>
    public long MsuCount => msus.Count;

    /// <summary>The number of MSUs of each size, over all records (element k − 1 for size k).</summary>
    public IReadOnlyList<long> MsuCountsBySize => msuCountsBySize;

    /// <summary>
    /// How much of the total score each key accounts for (sdcMicro's <c>attribute_contributions</c> and
    /// <c>attribute_level_contributions</c>), in key order.
    /// </summary>
    public IReadOnlyList<SudaKeyContribution> Contributions { get; }

    /// <summary>
    /// How many records have a DIS-SUDA score in each band that sdcMicro's <c>print.suda2</c> shows: "== 0", then
    /// (0.0, 0.1] up to (0.6, 0.7], then "> 0.7". As in R, each bound is shifted up by 2.22e-16 (<c>.Machine$double.eps</c>).
    /// </summary>
    public IReadOnlyList<SudaDisBand> DisBands { get; }

    /// <summary>The MSUs of a record, each a bit set over <see cref="Keys"/> (bit j set when key j belongs to it).</summary>
    /// <param name="row">A 0-based row index.</param>
    /// <returns>The MSUs, by size and then by bit set; empty when the record has none.</returns>
    public ReadOnlySpan<uint> GetMsus(int row)
    {
        CheckRow(row);
        var c = Array.BinarySearch(msus.Candidates, row);
        return c < 0 ? [] : msus.Of(c);
    }

    /// <summary>
    /// The share of a record's score that comes from MSUs containing a key (sdcMicro's <c>contributionPercent</c>, a
    /// fraction despite its name): Σ over the record's MSUs that contain the key of their weight, divided by the score;
    /// 0 when the score is 0. The shares of one record add up to one or more, as an MSU counts for each of its keys.
    /// </summary>
    /// <param name="row">A 0-based row index.</param>
    /// <param name="keyIndex">An index into <see cref="Keys"/>.</param>
    /// <returns>The share in [0, 1].</returns>
    public double ContributionShare(int row, int keyIndex)
    {
        CheckRow(row);
        ArgumentOutOfRangeException.ThrowIfNegative(keyIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(keyIndex, Keys.Count);
        var score = scores[row];
        if (score == 0d)
        {
            return 0d;
        }

        var sum = 0d;
        foreach (var subset in GetMsus(row))
        {
            if ((subset & (1u << keyIndex)) != 0)
            {
                sum += weights[BitOperations.PopCount(subset) - 1];
            }
        }

        return sum / score;
    }

    private void CheckRow(int row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, RecordCount);
    }

    /// <summary>100 · part / whole, or 0 when the whole is 0 (where sdcMicro divides 0 by 0 and reports NaN).</summary>
    private static double Percent(double part, double whole) => whole == 0d ? 0d : 100d * part / whole;

    private static SudaDisBand[] CountBands(double[] dis)
    {
        // R: cut(x, breaks = c(-1, seq(0, 0.7, 0.1) + .Machine$double.eps, Inf)), right-closed intervals.
        const double epsilon = 2.220446049250313e-16;
        var bounds = new double[8];
        for (var i = 0; i < bounds.Length; i++)
        {
            bounds[i] = (i * 0.1) + epsilon;
        }

        var counts = new int[BandLabels.Length];
        foreach (var d in dis)
        {
            var band = 0;
            while (band < bounds.Length && d > bounds[band])
            {
                band++;
            }

            counts[band]++;
        }

        return BandLabels.Select((label, i) => new SudaDisBand(label, counts[i])).ToArray();
    }
}
