using RiskNotebooks.Data;

namespace RiskNotebooks.Registry.Individual;

/// <summary>
/// sdcMicro's sample and population frequency counts of each record's key pattern (<c>freqCalc</c>): fk, the number of
/// records that share the pattern, and Fk, the sum of their sampling weights (Fk = fk without weights).
/// </summary>
/// <remarks>
/// <para>Missing key values act as wildcards, as sdcMicro defines it: two patterns are compatible when, on every key,
/// their values are equal or one of them is missing (pairwise, not transitive). A pattern without missing keys adds
/// α × the counts of the compatible patterns that have missing keys (α = 1 by default). A pattern with missing keys adds
/// α × the counts of the other compatible patterns with missing keys, and 1 × the counts of the compatible complete
/// patterns. Records whose keys are all missing get fk = n and Fk = the total weight; they do not add to complete
/// patterns (sdcMicro's <c>addAllNAtoKeys</c> is off). With a single key, complete patterns add α × all records with a
/// missing key. With α &lt; 1, fk need not be a whole number.</para>
/// <para>The work is done on distinct patterns, not records, and compatible patterns are found through projections on
/// the keys that both have, so the cost grows with patterns × distinct missing-value masks, not with patterns².</para>
/// </remarks>
public sealed class SampleFrequencies
{
    private readonly double[] fk;
    private readonly double[] weightedFk;

    private SampleFrequencies(IReadOnlyList<string> keys, double[] fk, double[] weightedFk, bool hasWeights, double alpha, bool hasMissingKeys)
    {
        HasMissingKeys = hasMissingKeys;
        Keys = keys;
        this.fk = fk;
        this.weightedFk = weightedFk;
        HasWeights = hasWeights;
        Alpha = alpha;
    }

    /// <summary>The key variables.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>Whether Fk sums sampling weights (else Fk = fk).</summary>
    public bool HasWeights { get; }

    /// <summary>Whether some record has a missing key value (then fk counts compatible patterns too).</summary>
    public bool HasMissingKeys { get; }

    /// <summary>α, the weight of compatible patterns with missing keys.</summary>
    public double Alpha { get; }

    /// <summary>fk of every record.</summary>
    public ReadOnlySpan<double> Fk => fk;

    /// <summary>The smallest fk of any record (0 for an empty table): the k the table reaches in sdcMicro's sense.</summary>
    public double SmallestFk => fk.Length == 0 ? 0 : fk.Min();

    /// <summary>Fk (weighted) of every record.</summary>
    public ReadOnlySpan<double> WeightedFk => weightedFk;

    /// <summary>The number of records with fk &lt; k (records that violate k-anonymity, as sdcMicro counts them).</summary>
    /// <param name="k">k, at least 1.</param>
    /// <returns>The count.</returns>
    public int ViolationsOfKAnonymity(int k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var count = 0;
        foreach (var value in fk)
        {
            if (value < k)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Computes fk and Fk for every record.</summary>
    /// <param name="table">The data.</param>
    /// <param name="keys">The key variables (quasi-identifiers).</param>
    /// <param name="weightColumn">The sampling weight column, or <see langword="null"/>.</param>
    /// <param name="alpha">α in [0, 1]; sdcMicro's default is 1.</param>
    /// <param name="cancellationToken">Stops a long computation.</param>
    /// <returns>The frequencies.</returns>
    public static SampleFrequencies Compute(Table table, IReadOnlyList<string> keys, string? weightColumn = null, double alpha = 1d, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        var columns = QuasiIdentifierSet.Resolve(table, keys);
        return Compute(table, columns, EquivalenceClasses.Build(columns, table.RowCount, cancellationToken), weightColumn, alpha, cancellationToken);
    }

    /// <summary>Computes fk and Fk from the grouping on exact key patterns (a missing value equal only to itself).</summary>
    internal static SampleFrequencies Compute(Table table, Column[] columns, EquivalenceClasses exactPatterns, string? weightColumn, double alpha, CancellationToken cancellationToken)
    {
        if (double.IsNaN(alpha) || alpha < 0d || alpha > 1d)
        {
            throw new InvalidOptionException("MissingWeight", "α must be a number in [0, 1].");
        }

        double[]? weights = null;
        if (weightColumn is not null)
        {
            var weight = table.GetColumn(weightColumn);
            if (columns.Contains(weight))
            {
                throw new InvalidOptionException("WeightColumn", $"column '{weight.Name}' is also a quasi-identifier.");
            }

            weights = NumericValues.Parse(table, weight, "WeightColumn", positive: true);
        }

        var patternOf = exactPatterns.ClassOfRecord;
        var sizes = exactPatterns.ClassSizes;
        var firstRows = exactPatterns.Representatives.ToArray();
        var patterns = sizes.Length;
        var f = new double[patterns];
        var F = new double[patterns];
        for (var p = 0; p < patterns; p++)
        {
            f[p] = sizes[p];
        }

        if (weights is null)
        {
            Array.Copy(f, F, patterns);
        }
        else
        {
            for (var r = 0; r < patternOf.Length; r++)
            {
                F[patternOf[r]] += weights[r];
            }
        }

        // The non-missing mask of each pattern: key q is in it when the key has a value. Masks have any width, so any
        // number of keys the table can hold is supported.
        var masks = new KeyMask[patterns];
        var full = KeyMask.All(columns.Length);
        var anyMissing = false;
        for (var p = 0; p < patterns; p++)
        {
            masks[p] = KeyMask.Present(columns, firstRows[p]);
            anyMissing |= !masks[p].Equals(full);
        }

        if (anyMissing)
        {
            (f, F) = AdjustForMissing(columns, firstRows, masks, full, f, F, alpha, table.RowCount, weights?.Sum() ?? table.RowCount, cancellationToken);
        }

        var fk = new double[table.RowCount];
        var Fk = new double[table.RowCount];
        for (var r = 0; r < fk.Length; r++)
        {
            fk[r] = f[patternOf[r]];
            Fk[r] = F[patternOf[r]];
        }

        return new SampleFrequencies(columns.Select(c => c.Name).ToArray(), fk, Fk, weights is not null, alpha, anyMissing);
    }

    private static (double[] F, double[] W) AdjustForMissing(Column[] columns, int[] firstRows, KeyMask[] masks, KeyMask full, double[] f, double[] w, double alpha, int n, double totalWeight, CancellationToken cancellationToken)
    {
        var patterns = f.Length;
        var addF = new double[patterns];
        var addW = new double[patterns];
        var naMasks = masks.Where(m => !m.Equals(full)).Distinct().Order().ToArray();
        var hasComplete = masks.Any(m => m.Equals(full));

        // Sums of (f, w) per projected key, for a group of source patterns (those with one mask) projected on a key subset.
        var cache = new Dictionary<(KeyMask Source, KeyMask On), Dictionary<ProjectedKey, (double F, double W)>>();
        Dictionary<ProjectedKey, (double F, double W)> SumsOf(KeyMask sourceMask, KeyMask on)
        {
            if (!cache.TryGetValue((sourceMask, on), out var sums))
            {
                sums = [];
                for (var p = 0; p < patterns; p++)
                {
                    if (masks[p].Equals(sourceMask))
                    {
                        var key = ProjectedKey.Of(columns, firstRows[p], on);
                        sums[key] = sums.TryGetValue(key, out var s) ? (s.F + f[p], s.W + w[p]) : (f[p], w[p]);
                    }
                }

                cache[(sourceMask, on)] = sums;
            }

            return sums;
        }

        if (columns.Length == 1)
        {
            double naF = 0, naW = 0;
            for (var p = 0; p < patterns; p++)
            {
                if (!masks[p].Equals(full))
                {
                    naF += f[p];
                    naW += w[p];
                }
            }

            for (var p = 0; p < patterns; p++)
            {
                if (masks[p].Equals(full))
                {
                    addF[p] = alpha * naF;
                    addW[p] = alpha * naW;
                }
            }
        }
        else
        {
            for (var p = 0; p < patterns; p++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var mask = masks[p];
                if (mask.Equals(full))
                {
                    // A complete pattern: α × every compatible pattern with missing keys, all-missing ones excepted.
                    foreach (var na in naMasks)
                    {
                        if (!na.IsEmpty && SumsOf(na, na).TryGetValue(ProjectedKey.Of(columns, firstRows[p], na), out var s))
                        {
                            addF[p] += alpha * s.F;
                            addW[p] += alpha * s.W;
                        }
                    }
                }
                else
                {
                    // A pattern with missing keys: α × the other compatible patterns with missing keys ...
                    foreach (var na in naMasks)
                    {
                        var on = mask.And(na);
                        if (SumsOf(na, on).TryGetValue(ProjectedKey.Of(columns, firstRows[p], on), out var s))
                        {
                            addF[p] += alpha * s.F;
                            addW[p] += alpha * s.W;
                        }
                    }

                    addF[p] -= alpha * f[p]; // ... not itself
                    addW[p] -= alpha * w[p];

                    // ... and 1 × the compatible complete patterns (none for an all-missing pattern).
                    if (hasComplete && !mask.IsEmpty && SumsOf(full, mask).TryGetValue(ProjectedKey.Of(columns, firstRows[p], mask), out var c))
                    {
                        addF[p] += c.F;
                        addW[p] += c.W;
                    }
                }
            }
        }

        var resultF = new double[patterns];
        var resultW = new double[patterns];
        for (var p = 0; p < patterns; p++)
        {
            if (masks[p].IsEmpty)
            {
                resultF[p] = n;
                resultW[p] = totalWeight;
            }
            else
            {
                resultF[p] = f[p] + addF[p];
                resultW[p] = w[p] + addW[p];
            }
        }

        return (resultF, resultW);
    }

    /// <summary>The codes of a record on a subset of the keys, as a dictionary key.</summary>
    private readonly struct ProjectedKey : IEquatable<ProjectedKey>
    {
        private readonly int[] codes;
        private readonly int hash;

        private ProjectedKey(int[] codes)
        {
            this.codes = codes;
            var h = new HashCode();
            foreach (var c in codes)
            {
                h.Add(c);
            }

            hash = h.ToHashCode();
        }

        internal static ProjectedKey Of(Column[] columns, int row, KeyMask mask)
        {
            var codes = new int[mask.Count];
            var i = 0;
            for (var q = 0; q < columns.Length; q++)
            {
                if (mask.Contains(q))
                {
                    codes[i++] = columns[q].GetCode(row);
                }
            }

            return new ProjectedKey(codes);
        }

        public bool Equals(ProjectedKey other) => codes.AsSpan().SequenceEqual(other.codes);

        public override bool Equals(object? obj) => obj is ProjectedKey other && Equals(other);

        public override int GetHashCode() => hash;
    }
}
