using RiskNotebooks.Data;

namespace RiskNotebooks.Registry.Suda;

/// <summary>
/// SUDA, the Special Uniques Detection Algorithm, as sdcMicro's <c>suda2</c> defines it: finds each record's minimal
/// sample uniques and scores records by how few keys single them out.
/// </summary>
/// <remarks>
/// <para>References: Elliot, Manning, Mayes, Gurd and Bane, "SUDA: A Program for Detecting Special Uniques"; Manning,
/// Haglin and Keane (2008), "A recursive search algorithm for statistical disclosure assessment", Data Min Knowl Disc
/// 16:165–196; Templ (2017), Statistical Disclosure Control for Microdata, Springer. Definitions and numbers follow
/// sdcTools/sdcMicro (R/suda2.R, src/Suda2.h); see <see cref="SudaResult"/> for each measure.</para>
/// <para>Values are compared as they appear in the table (dictionary codes). sdcMicro compares numbers: it converts
/// factors to level codes, truncates numbers to integers, turns character columns into missing values and treats the
/// value -999 as missing; convert such data before comparing results.</para>
/// <para>Cost: one pass over the records per subset of the keys up to the maximum MSU size (2^M − 1 subsets for M keys),
/// subsets counted in parallel; memory about one bit per sample unique and subset of two adjacent sizes.</para>
/// </remarks>
public static class SudaAnalysis
{
    /// <summary>Computes SUDA and DIS-SUDA scores.</summary>
    /// <param name="table">The data.</param>
    /// <param name="keys">The categorical key variables (quasi-identifiers); at least one, at most 31.</param>
    /// <param name="options">DIS fraction, maximum MSU size, score weights; <see cref="SudaOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops a long computation.</param>
    /// <param name="progress">Receives how many key subsets the search has done; <see langword="null"/> for none.</param>
    /// <returns>The scores and summaries.</returns>
    /// <exception cref="UnknownColumnException">A key is not a column of the table.</exception>
    /// <exception cref="InvalidOptionException">No key, a key named twice, or more than 31 keys.</exception>
    public static SudaResult Run(Table table, IReadOnlyList<string> keys, SudaOptions? options = null, CancellationToken cancellationToken = default, IProgress<AnalysisProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        options ??= SudaOptions.Default;
        var columns = QuasiIdentifierSet.Resolve(table, keys);
        if (columns.Length > MsuSearch.MaxKeyCount)
        {
            throw new InvalidOptionException("QuasiIdentifiers", $"SUDA searches subsets of the keys and takes at most {MsuSearch.MaxKeyCount} ({columns.Length} given).");
        }

        var maxSize = Math.Min(options.MaxMsuSize ?? columns.Length, columns.Length);
        var msus = MsuSearch.Find(columns, table.RowCount, maxSize, cancellationToken, progress: progress);
        return new SudaResult(columns, table.RowCount, msus, options);
    }
}
