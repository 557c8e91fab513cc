using RiskNotebooks.Data;
using RiskNotebooks.Sources.Parquet;

namespace RiskNotebooks.Sources;

/// <summary>A registry file of any kind the hosts read: Parquet by its extension, else a delimited text file.</summary>
public static class TableFiles
{
    /// <summary>Loads a Parquet file (<see cref="ParquetTableReader"/>) or a CSV/TSV file (<see cref="CsvTableReader"/>).</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Which columns, the missing values and trimming; the delimiter and encoding apply to text files.</param>
    /// <param name="cancellationToken">Stops a long load.</param>
    /// <returns>The table.</returns>
    /// <exception cref="InputFormatException">The file is missing or malformed (the message names the file, never a value).</exception>
    /// <exception cref="UnknownColumnException">A column of <see cref="CsvLoadOptions.Columns"/> is not in the file.</exception>
    public static Table Load(string path, CsvLoadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ParquetTableReader.IsParquetPath(path)
            ? ParquetTableReader.Load(path, options, cancellationToken)
            : CsvTableReader.Load(path, options, cancellationToken);
    }
}
