namespace RiskNotebooks.Synthetic.Text;

/// <summary>Seeded choices for the generator.</summary>
internal static class R
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
