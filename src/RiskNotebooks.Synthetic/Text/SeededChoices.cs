namespace RiskNotebooks.Synthetic.Text;

/// <summary>
/// The synthetic generators' seeded choices: one item of a list, or a list shuffled in place. The shuffle is the
/// generators' own (from the back, one <see cref="Random.Next(int)"/> per position): the bundled corpus and traces are
/// reproduced from their seeds with it, so it must not be replaced by <see cref="Random.Shuffle{T}(T[])"/>, which draws
/// differently.
/// </summary>
internal static class SeededChoices
{
    internal static T Pick<T>(Random r, IReadOnlyList<T> items) => items[r.Next(items.Count)];

    internal static void Shuffle<T>(Random r, IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = r.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
