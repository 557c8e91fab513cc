namespace RiskNotebooks.Data;

/// <summary>The cell texts that mean "no value" (by default the empty cell and <c>NA</c>), matched exactly.</summary>
public sealed class MissingValues
{
    private readonly string[] markers;

    /// <summary>Creates a set of markers.</summary>
    /// <param name="markers">The texts that mean missing; the empty string makes empty cells missing.</param>
    public MissingValues(IEnumerable<string> markers)
    {
        ArgumentNullException.ThrowIfNull(markers);
        this.markers = markers.Distinct(StringComparer.Ordinal).ToArray();
        foreach (var marker in this.markers)
        {
            ArgumentNullException.ThrowIfNull(marker, nameof(markers));
        }

        Utf8Markers = this.markers.Select(m => System.Text.Encoding.UTF8.GetBytes(m)).ToArray();
    }

    /// <summary>The default: the empty cell and <c>NA</c>.</summary>
    public static MissingValues Default { get; } = new(["", "NA"]);

    /// <summary>No marker: every cell is a value, even an empty one.</summary>
    public static MissingValues None { get; } = new([]);

    /// <summary>The markers.</summary>
    public IReadOnlyList<string> Markers => markers;

    internal byte[][] Utf8Markers { get; }

    /// <summary>Whether a cell's text means missing.</summary>
    /// <param name="text">The cell's text; <see langword="null"/> is always missing.</param>
    /// <returns><see langword="true"/> when missing.</returns>
    public bool IsMissing(string? text)
    {
        if (text is null)
        {
            return true;
        }

        foreach (var marker in markers)
        {
            if (string.Equals(marker, text, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    internal bool IsMissing(ReadOnlySpan<byte> utf8)
    {
        foreach (var marker in Utf8Markers)
        {
            if (utf8.SequenceEqual(marker))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Parses a comma-separated list of markers, as given on a command line (<c>--missing "NA,,-"</c>).</summary>
    /// <param name="list">The list; an empty item stands for the empty cell.</param>
    /// <returns>The markers.</returns>
    public static MissingValues Parse(string list)
    {
        ArgumentNullException.ThrowIfNull(list);
        return new MissingValues(list.Split(','));
    }
}
