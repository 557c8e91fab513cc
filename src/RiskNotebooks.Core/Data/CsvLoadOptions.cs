using System.Text;

namespace RiskNotebooks.Data;

/// <summary>How <see cref="CsvTableReader"/> reads a delimited text file.</summary>
public sealed record CsvLoadOptions
{
    private readonly char? delimiter;
    private readonly MissingValues missingValues = MissingValues.Default;

    /// <summary>The default options: delimiter and encoding detected, <c>""</c> and <c>NA</c> missing, all columns.</summary>
    public static CsvLoadOptions Default { get; } = new();

    /// <summary>
    /// The field delimiter, or <see langword="null"/> (the default) to detect it among <c>,</c> <c>;</c> tab and <c>|</c>.
    /// Must be an ASCII character other than a quote, CR or LF.
    /// </summary>
    public char? Delimiter
    {
        get => delimiter;
        init
        {
            if (value is { } c && (c > 127 || c is '"' or '\r' or '\n'))
            {
                throw new InvalidOptionException(nameof(Delimiter), "the delimiter must be one ASCII character other than a quote or a line break.");
            }

            delimiter = value;
        }
    }

    /// <summary>The texts that mean missing; by default the empty cell and <c>NA</c>.</summary>
    public MissingValues MissingValues
    {
        get => missingValues;
        init => missingValues = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>
    /// The columns to encode, or <see langword="null"/> for all. Other columns are still checked for the row shape but not
    /// kept, which saves time and memory on wide files.
    /// </summary>
    public IReadOnlyList<string>? Columns { get; init; }

    /// <summary>
    /// The file's encoding, or <see langword="null"/> (the default) to detect it: a byte order mark, else UTF-8 when the bytes
    /// are valid UTF-8, else Windows-1252 (which covers Latin-1 and the Swedish letters of older Windows exports).
    /// </summary>
    public Encoding? Encoding { get; init; }

    /// <summary>
    /// Whether spaces and tabs around a value are removed, inside quotes too (default <see langword="true"/>, as ARX
    /// reads files): <c>" a"</c> and <c>a</c> are then the same value.
    /// </summary>
    public bool TrimWhitespace { get; init; } = true;

    /// <summary>Parses a delimiter as users write it: one character, or <c>tab</c>/<c>\t</c>.</summary>
    /// <param name="text">The text of the option.</param>
    /// <returns>The delimiter.</returns>
    public static char ParseDelimiter(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text switch
        {
            "\\t" or "tab" or "TAB" or "\t" => '\t',
            { Length: 1 } => text[0],
            _ => throw new InvalidOptionException(nameof(Delimiter), "give one character (',', ';', '|') or 'tab'."),
        };
    }
}
