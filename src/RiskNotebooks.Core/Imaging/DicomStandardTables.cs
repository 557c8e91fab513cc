using System.Text;

namespace RiskNotebooks.Imaging;

/// <summary>Reads the embedded tables of the standard (datasets/dicom: PS3.15 Table E.1-1 and the PS3.6 dictionary).</summary>
internal static class DicomStandardTables
{
    /// <summary>Each row's fields, by column name, in the file's order.</summary>
    /// <remarks>The tables are UTF-8 CSV with LF line endings, fields quoted only when needed (RFC 4180 quoting, no line breaks in fields).</remarks>
    internal static IEnumerable<Func<string, string>> Rows(string resource)
    {
        using var stream = typeof(DicomStandardTables).Assembly.GetManifestResourceStream("RiskNotebooks.Imaging." + resource)
            ?? throw new InvalidOperationException($"The embedded table {resource} is missing from the build.");
        using var reader = new StreamReader(stream);
        var columns = Split(reader.ReadLine() ?? string.Empty);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < columns.Count; i++)
        {
            index[columns[i]] = i;
        }

        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var fields = Split(line);
            yield return name => index.TryGetValue(name, out var i) && i < fields.Count ? fields[i] : string.Empty;
        }
    }

    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}

/// <summary>The tags of a table with repeating-group wildcards: exact tags in a dictionary, wildcards tried in order after.</summary>
internal sealed class DicomTagLookup<T>
{
    private readonly Dictionary<uint, T> exact = [];
    private readonly List<(DicomTagPattern Pattern, T Value)> wildcards = [];

    public void Add(DicomTagPattern pattern, T value)
    {
        if (pattern.IsExact)
        {
            exact.TryAdd(pattern.Value, value);
        }
        else
        {
            wildcards.Add((pattern, value));
        }
    }

    public bool TryGet(uint tag, out T value)
    {
        if (exact.TryGetValue(tag, out value!))
        {
            return true;
        }

        foreach (var (pattern, v) in wildcards)
        {
            if (pattern.Matches(tag))
            {
                value = v;
                return true;
            }
        }

        value = default!;
        return false;
    }
}
