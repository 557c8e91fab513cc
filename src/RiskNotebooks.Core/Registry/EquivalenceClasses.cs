using System.Runtime.InteropServices;
using RiskNotebooks.Data;

namespace RiskNotebooks.Registry;

/// <summary>
/// The partition of a table's records into equivalence classes: records with identical values on every quasi-identifier.
/// Computed once; every risk measure derives from it (and from its <see cref="Histogram"/>).
/// </summary>
/// <remarks>
/// <para>A missing value is a value of its own here: two records that both lack a value are equal on that attribute, as in
/// ARX. (sdcMicro's wildcard matching of missing keys is a different model.)</para>
/// <para>Grouping runs on the dictionary codes. Codes of several columns are packed into one 64-bit key as long as the
/// product of their cardinalities fits; when it does not, the keys so far are renumbered densely (at most n distinct
/// values) and packing continues, so any number of columns and any cardinality is handled with O(n) work per fold.</para>
/// </remarks>
public sealed class EquivalenceClasses
{
    private readonly int[] classOfRecord;
    private readonly int[] classSizes;
    private readonly int[] representatives;

    private EquivalenceClasses(IReadOnlyList<string> quasiIdentifiers, int[] classOfRecord, int[] classSizes, int[] representatives)
    {
        QuasiIdentifiers = quasiIdentifiers;
        this.classOfRecord = classOfRecord;
        this.classSizes = classSizes;
        this.representatives = representatives;
        Histogram = ClassSizeHistogram.FromClassSizes(classSizes);
    }

    /// <summary>The quasi-identifiers, as the table names them.</summary>
    public IReadOnlyList<string> QuasiIdentifiers { get; }

    /// <summary>n: the number of records.</summary>
    public int RecordCount => classOfRecord.Length;

    /// <summary>C: the number of classes.</summary>
    public int ClassCount => classSizes.Length;

    /// <summary>The class of each record (0-based class ids, in order of first appearance).</summary>
    public ReadOnlySpan<int> ClassOfRecord => classOfRecord;

    /// <summary>f_c: the size of each class.</summary>
    public ReadOnlySpan<int> ClassSizes => classSizes;

    /// <summary>The first record (row index) of each class.</summary>
    public ReadOnlySpan<int> Representatives => representatives;

    /// <summary>The class-size histogram.</summary>
    public ClassSizeHistogram Histogram { get; }

    /// <summary>The size of the class of a record.</summary>
    /// <param name="row">A 0-based row index.</param>
    /// <returns>f_c of that record's class.</returns>
    public int ClassSizeOf(int row) => classSizes[classOfRecord[row]];

    /// <summary>Groups a table's records on its quasi-identifiers.</summary>
    /// <param name="table">The table.</param>
    /// <param name="quasiIdentifiers">Column names; at least one.</param>
    /// <param name="cancellationToken">Stops a long computation.</param>
    /// <returns>The classes.</returns>
    /// <exception cref="UnknownColumnException">A name is not a column of the table.</exception>
    /// <exception cref="InvalidOptionException">No name, or a name given twice.</exception>
    public static EquivalenceClasses Build(Table table, IReadOnlyList<string> quasiIdentifiers, CancellationToken cancellationToken = default)
    {
        var columns = QuasiIdentifierSet.Resolve(table, quasiIdentifiers);
        return Build(columns, table.RowCount, cancellationToken);
    }

    internal static EquivalenceClasses Build(Column[] columns, int rowCount, CancellationToken cancellationToken)
    {
        var names = columns.Select(c => c.Name).ToArray();
        var classOfRecord = Group(columns.Select(c => (c.CodeArray, c.Cardinality)).ToArray(), rowCount, out var sizes, out var representatives, cancellationToken);
        return new EquivalenceClasses(names, classOfRecord, sizes, representatives);
    }

    /// <summary>Groups rows on code columns; returns the class of each row, and the size and first row of each class.</summary>
    internal static int[] Group((int[] Codes, int Cardinality)[] columns, int rowCount, out int[] classSizes, out int[] firstRows, CancellationToken cancellationToken)
    {
        var keys = new ulong[rowCount];
        ulong radix = 1;
        for (var c = 0; c < columns.Length; c++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (codes, cardinality) = columns[c];
            var width = (ulong)Math.Max(1, cardinality);
            if (c > 0 && radix > ulong.MaxValue / width)
            {
                radix = (ulong)Densify(keys, out _, out _);
            }

            if (c == 0)
            {
                for (var r = 0; r < keys.Length; r++)
                {
                    keys[r] = (ulong)codes[r];
                }

                radix = width;
            }
            else
            {
                for (var r = 0; r < keys.Length; r++)
                {
                    keys[r] = (keys[r] * width) + (ulong)codes[r];
                }

                radix *= width;
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var classCount = Densify(keys, out var sizes, out var representatives);
        var classOfRecord = new int[rowCount];
        for (var r = 0; r < rowCount; r++)
        {
            classOfRecord[r] = (int)keys[r];
        }

        classSizes = sizes.AsSpan(0, classCount).ToArray();
        firstRows = representatives.AsSpan(0, classCount).ToArray();
        return classOfRecord;
    }

    /// <summary>Renumbers keys in place to 0..D-1 in order of first appearance; returns D with the size and first row of each.</summary>
    /// <remarks>
    /// A <see cref="PackedKeyCounts"/> table of group numbers (one cache line per probe, not the two or three of a
    /// <see cref="Dictionary{TKey, TValue}"/>). Optimised at once: it runs once per call on millions of rows, too few
    /// calls for tiered compilation to reach it in time.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static int Densify(ulong[] keys, out int[] sizes, out int[] firstRows)
    {
        var groups = new PackedKeyCounts(1 << 11);
        sizes = new int[16];
        firstRows = new int[16];
        for (var r = 0; r < keys.Length; r++)
        {
            var id = groups.Group(keys[r], out var added);
            if (added)
            {
                if (id == sizes.Length)
                {
                    Array.Resize(ref sizes, sizes.Length * 2);
                    Array.Resize(ref firstRows, firstRows.Length * 2);
                }

                firstRows[id] = r;
            }

            sizes[id]++;
            keys[r] = (ulong)id;
        }

        return groups.Count;
    }
}
