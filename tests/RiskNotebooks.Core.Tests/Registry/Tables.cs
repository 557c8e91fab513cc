using RiskNotebooks.Data;

namespace RiskNotebooks.Tests.Registry;

/// <summary>Small tables for hand-computed cases.</summary>
internal static class Tables
{
    /// <summary>Classes on (a, b): (x,1)×3, (y,1)×1, (y,2)×2, (z,3)×1; n = 7, C = 4.</summary>
    internal static Table Small() => Table.FromRows("small", ["a", "b", "other"],
    [
        ["x", "1", "p"], ["x", "1", "q"], ["y", "2", "r"], ["x", "1", "s"], ["y", "1", "t"], ["y", "2", "u"], ["z", "3", "v"],
    ]);

    /// <summary>A table whose rows are the given (a, b) pairs.</summary>
    internal static Table Of(params (string A, string B)[] rows)
        => Table.FromRows("t", ["a", "b"], rows.Select(r => (IReadOnlyList<string?>)new string?[] { r.A, r.B }));

    /// <summary>A table with classes of the given sizes on column q.</summary>
    internal static Table WithClassSizes(params int[] sizes)
    {
        var rows = new List<IReadOnlyList<string?>>();
        for (var c = 0; c < sizes.Length; c++)
        {
            for (var i = 0; i < sizes[c]; i++)
            {
                rows.Add([$"c{c}"]);
            }
        }

        return Table.FromRows("sizes", ["q"], rows);
    }
}
