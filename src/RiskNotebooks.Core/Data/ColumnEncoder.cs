using System.Runtime.InteropServices;
using System.Text;

namespace RiskNotebooks.Data;

/// <summary>Builds one dictionary-encoded <see cref="Column"/> from cells given as UTF-8 bytes or strings.</summary>
/// <remarks>
/// Looks cells up by their bytes (an alternate lookup on the dictionary), so a repeated value costs a hash and a compare,
/// never an allocation. Only the first occurrence of a value is copied.
/// </remarks>
internal sealed class ColumnEncoder
{
    private readonly string name;
    private readonly MissingValues missing;
    private readonly Dictionary<byte[], int> dictionary = new(Utf8Keys.Instance);
    private readonly Dictionary<byte[], int>.AlternateLookup<ReadOnlySpan<byte>> lookup;
    private readonly List<byte[]> values = [[]];
    private int[] codes;
    private int count;
    private int missingCount;

    internal ColumnEncoder(string name, MissingValues missing, int capacity = 1024)
    {
        this.name = name;
        this.missing = missing;
        codes = new int[Math.Max(16, capacity)];
        lookup = dictionary.GetAlternateLookup<ReadOnlySpan<byte>>();
    }

    internal void Add(ReadOnlySpan<byte> utf8)
    {
        int code;
        if (missing.IsMissing(utf8))
        {
            code = Column.MissingCode;
            missingCount++;
        }
        else
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(lookup, utf8, out var exists);
            if (!exists)
            {
                slot = values.Count;
                values.Add(utf8.ToArray());
            }

            code = slot;
        }

        if (count == codes.Length)
        {
            Array.Resize(ref codes, codes.Length * 2);
        }

        codes[count++] = code;
    }

    internal void Add(string? text)
    {
        if (text is null)
        {
            AddMissing();
            return;
        }

        Add(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>Adds a cell given as characters (a Parquet string, a formatted number): transcoded to UTF-8 without allocating.</summary>
    internal void Add(ReadOnlySpan<char> text)
    {
        var length = System.Text.Encoding.UTF8.GetMaxByteCount(text.Length);
        if (length <= 512)
        {
            Span<byte> bytes = stackalloc byte[length];
            Add(bytes[..System.Text.Encoding.UTF8.GetBytes(text, bytes)]);
        }
        else
        {
            Add(System.Text.Encoding.UTF8.GetBytes(text.ToArray()).AsSpan());
        }
    }

    /// <summary>Adds a missing cell (a null).</summary>
    internal void AddMissing()
    {
        if (count == codes.Length)
        {
            Array.Resize(ref codes, codes.Length * 2);
        }

        codes[count++] = Column.MissingCode;
        missingCount++;
    }

    internal Column Build()
    {
        var strings = new string[values.Count];
        strings[0] = string.Empty;
        for (var i = 1; i < strings.Length; i++)
        {
            strings[i] = Encoding.UTF8.GetString(values[i]);
        }

        // The buffer was sized from the line count, so it is rarely much longer than needed: keep it rather than copy.
        var keep = codes.Length - count > (count / 8) + 1024 ? codes.AsSpan(0, count).ToArray() : codes;
        return new Column(name, keep, count, strings, missingCount);
    }
}
