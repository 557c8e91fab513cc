namespace RiskNotebooks.Data;

/// <summary>
/// One column of a <see cref="Table"/>, dictionary-encoded: every row holds an integer code into the column's distinct values.
/// </summary>
/// <remarks>
/// Code 0 always means "missing" (a value listed in <see cref="MissingValues"/> at load); codes 1..<see cref="DistinctCount"/>
/// index the distinct non-missing values in order of first appearance. Grouping and every risk model work on the codes only,
/// so values are compared once, at load. A column is immutable.
/// </remarks>
public sealed class Column
{
    /// <summary>The code of a missing value.</summary>
    public const int MissingCode = 0;

    private readonly int[] codes;
    private readonly string[] values;

    internal Column(string name, int[] codes, string[] values, int missingCount)
        : this(name, codes, codes.Length, values, missingCount)
    {
    }

    /// <summary>A column over the first <paramref name="rowCount"/> codes of a buffer that may be longer.</summary>
    internal Column(string name, int[] codes, int rowCount, string[] values, int missingCount)
    {
        Name = name;
        RowCount = rowCount;
        this.codes = codes;
        this.values = values;
        MissingCount = missingCount;
    }

    /// <summary>A column with the same name and values over other codes (a transformed copy: cells set to missing, rows selected).</summary>
    /// <param name="newCodes">Codes in [0, <see cref="Cardinality"/>), one per row.</param>
    /// <returns>The new column; this one is unchanged.</returns>
    internal Column WithCodes(int[] newCodes)
    {
        var missing = 0;
        foreach (var code in newCodes)
        {
            missing += code == MissingCode ? 1 : 0;
        }

        return new Column(Name, newCodes, values, missing);
    }

    /// <summary>The header name.</summary>
    public string Name { get; }

    /// <summary>The number of rows.</summary>
    public int RowCount { get; }

    /// <summary>The number of distinct non-missing values.</summary>
    public int DistinctCount => values.Length - 1;

    /// <summary>The number of codes in use, missing included: codes lie in [0, <see cref="Cardinality"/>).</summary>
    public int Cardinality => values.Length;

    /// <summary>The number of rows whose value is missing.</summary>
    public int MissingCount { get; }

    /// <summary>The share of rows whose value is missing (0 for an empty column).</summary>
    public double MissingShare => RowCount == 0 ? 0d : (double)MissingCount / RowCount;

    /// <summary>The codes of all rows, in row order.</summary>
    public ReadOnlySpan<int> Codes => codes.AsSpan(0, RowCount);

    /// <summary>The code buffer; it may be longer than <see cref="RowCount"/>.</summary>
    internal int[] CodeArray => codes;

    /// <summary>The code of one row.</summary>
    /// <param name="row">The 0-based row index.</param>
    /// <returns>The code; <see cref="MissingCode"/> for a missing value.</returns>
    public int GetCode(int row) => (uint)row < (uint)RowCount ? codes[row] : throw new ArgumentOutOfRangeException(nameof(row));

    /// <summary>Whether a row's value is missing.</summary>
    /// <param name="row">The 0-based row index.</param>
    /// <returns><see langword="true"/> when missing.</returns>
    public bool IsMissing(int row) => GetCode(row) == MissingCode;

    /// <summary>The value that a code stands for. This is record-level data: show it only where the user asked for it.</summary>
    /// <param name="code">A code in [0, <see cref="Cardinality"/>).</param>
    /// <returns>The value, or <see langword="null"/> for <see cref="MissingCode"/>.</returns>
    public string? ValueOf(int code)
    {
        if ((uint)code >= (uint)values.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(code), code, $"Codes of column '{Name}' lie in [0, {values.Length}).");
        }

        return code == MissingCode ? null : values[code];
    }

    /// <summary>The value of a row. This is record-level data: show it only where the user asked for it.</summary>
    /// <param name="row">The 0-based row index.</param>
    /// <returns>The value, or <see langword="null"/> when missing.</returns>
    public string? GetValue(int row) => ValueOf(GetCode(row));

    /// <summary>Looks up the code of a value.</summary>
    /// <param name="value">A value; <see langword="null"/> looks up the missing code.</param>
    /// <param name="code">The code when found.</param>
    /// <returns>Whether the value occurs in the column.</returns>
    public bool TryGetCode(string? value, out int code)
    {
        if (value is null)
        {
            code = MissingCode;
            return MissingCount > 0;
        }

        for (var i = 1; i < values.Length; i++)
        {
            if (string.Equals(values[i], value, StringComparison.Ordinal))
            {
                code = i;
                return true;
            }
        }

        code = -1;
        return false;
    }
}
