using RiskNotebooks.Data;

namespace RiskNotebooks.Tests.Registry.Suda;

/// <summary>
/// SUDA straight from the definitions, for checking the engine: every non-empty subset of the keys, the records that
/// share a record's values on it (compared as text; a missing value matches nothing, and a record's own missing keys are
/// never part of its MSUs), minimality against every proper subset, and Elliot et al.'s weights (M' − k)! with M' = max(M, 3).
/// Exponential in the number of keys: for small tables only.
/// </summary>
internal sealed class BruteForceSuda
{
    private BruteForceSuda(int keyCount, List<int>[] msus, double[] scores)
    {
        KeyCount = keyCount;
        Msus = msus;
        Scores = scores;
    }

    internal int KeyCount { get; }

    /// <summary>Each record's MSUs as key bit sets, ascending.</summary>
    internal List<int>[] Msus { get; }

    internal double[] Scores { get; }

    internal static double Factorial(int n) => n <= 1 ? 1d : n * Factorial(n - 1);

    /// <summary>Elliot et al.'s weight of an MSU of size k among M keys, as sdcMicro pads M to at least 3.</summary>
    internal static double Weight(int keyCount, int size) => Factorial(Math.Max(keyCount, 3) - size);

    internal static BruteForceSuda Of(Table table, IReadOnlyList<string> keys)
    {
        var values = keys.Select(k => Enumerable.Range(0, table.RowCount).Select(r => table[k].GetValue(r)).ToArray()).ToArray();
        var m = keys.Count;
        var n = table.RowCount;
        var unique = Enumerable.Range(0, n).Select(_ => new List<int>()).ToArray();
        for (var subset = 1; subset < 1 << m; subset++)
        {
            var patterns = Enumerable.Range(0, n).Select(r => Pattern(values, r, subset)).ToArray();
            var counts = patterns.GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());
            for (var r = 0; r < n; r++)
            {
                if (counts[patterns[r]] == 1 && HasAllValues(values, r, subset))
                {
                    unique[r].Add(subset);
                }
            }
        }

        var msus = new List<int>[n];
        var scores = new double[n];
        for (var r = 0; r < n; r++)
        {
            var own = unique[r];
            msus[r] = own.Where(s => !own.Any(t => t != s && (t & s) == t)).OrderBy(s => s).ToList();
            scores[r] = msus[r].Sum(s => Weight(m, System.Numerics.BitOperations.PopCount((uint)s)));
        }

        return new BruteForceSuda(m, msus, scores);
    }

    /// <summary>A record's values on a subset as text; a missing value becomes a marker no value equals.</summary>
    private static string Pattern(string?[][] values, int row, int subset)
        => string.Join("\u001f", Enumerable.Range(0, values.Length).Where(j => (subset & (1 << j)) != 0).Select(j => values[j][row] ?? "\u0000missing"));

    private static bool HasAllValues(string?[][] values, int row, int subset)
        => Enumerable.Range(0, values.Length).All(j => (subset & (1 << j)) == 0 || values[j][row] is not null);

    /// <summary>Whether record <paramref name="row"/> has values on all keys of the subset and no other record shares them.</summary>
    internal static bool IsUniqueOn(string?[][] values, int row, int subset)
    {
        if (!HasAllValues(values, row, subset))
        {
            return false;
        }

        for (var other = 0; other < values[0].Length; other++)
        {
            if (other == row)
            {
                continue;
            }

            var same = true;
            for (var j = 0; j < values.Length && same; j++)
            {
                same = (subset & (1 << j)) == 0 || values[j][other] == values[j][row];
            }

            if (same)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The share of a record's score from MSUs containing a key (0 when the score is 0).</summary>
    internal double ContributionShare(int row, int key)
        => Scores[row] == 0 ? 0 : Msus[row].Where(s => (s & (1 << key)) != 0).Sum(s => Weight(KeyCount, System.Numerics.BitOperations.PopCount((uint)s))) / Scores[row];
}
