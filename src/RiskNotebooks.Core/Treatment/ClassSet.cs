namespace RiskNotebooks.Treatment;

/// <summary>The equivalence classes of one lattice node: each class's generalised codes, size, and what the measures need.</summary>
internal sealed class ClassSet
{
    private readonly int sensitiveCardinality;

    internal ClassSet(int count, int dimensions, int sensitiveCardinality, bool entropy)
    {
        Count = count;
        this.sensitiveCardinality = sensitiveCardinality;
        HasEntropy = entropy;
        Codes = new int[dimensions][];
        Log2Sums = new double[entropy ? dimensions : 0][];
        for (var i = 0; i < dimensions; i++)
        {
            Codes[i] = new int[count];
            if (entropy)
            {
                Log2Sums[i] = new double[count];
            }
        }

        Sizes = new int[count];
        Sensitive = new int[count * sensitiveCardinality];
    }

    internal int Count { get; }

    /// <summary>Whether <see cref="Log2Sums"/> are carried (for non-uniform entropy).</summary>
    internal bool HasEntropy { get; }

    /// <summary>[quasi-identifier][class]: the generalised value's group at the node's level.</summary>
    internal int[][] Codes { get; }

    /// <summary>[class]: the packed key of its codes with level-0 weights, or null when those overflow.</summary>
    internal ulong[]? Keys { get; set; }

    /// <summary>[class]: the records in it.</summary>
    internal int[] Sizes { get; }

    /// <summary>[quasi-identifier][class]: Σ over its records of log2(frequency of the record's original value).</summary>
    internal double[][] Log2Sums { get; }

    /// <summary>[class × sensitive cardinality + code]: counts of each sensitive value (empty without a sensitive attribute).</summary>
    internal int[] Sensitive { get; }

    internal ReadOnlySpan<int> SensitiveOf(int c) => sensitiveCardinality == 0 ? default : Sensitive.AsSpan(c * sensitiveCardinality, sensitiveCardinality);
}
