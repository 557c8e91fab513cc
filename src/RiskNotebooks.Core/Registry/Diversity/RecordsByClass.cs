namespace RiskNotebooks.Registry.Diversity;

/// <summary>
/// The records listed class by class (a counting sort of <see cref="EquivalenceClasses.ClassOfRecord"/>), built once and read
/// for every sensitive attribute: the records of class c are <c>Records[Start[c]..Start[c + 1]]</c>, in row order.
/// </summary>
internal sealed class RecordsByClass
{
    private RecordsByClass(int[] start, int[] records)
    {
        Start = start;
        Records = records;
    }

    internal int[] Start { get; }

    internal int[] Records { get; }

    internal static RecordsByClass Of(EquivalenceClasses classes)
    {
        var sizes = classes.ClassSizes;
        var start = new int[sizes.Length + 1];
        for (var c = 0; c < sizes.Length; c++)
        {
            start[c + 1] = start[c] + sizes[c];
        }

        var next = start.AsSpan(0, sizes.Length).ToArray();
        var classOfRecord = classes.ClassOfRecord;
        var records = new int[classOfRecord.Length];
        for (var r = 0; r < classOfRecord.Length; r++)
        {
            records[next[classOfRecord[r]]++] = r;
        }

        return new RecordsByClass(start, records);
    }
}
