using System.Collections.Concurrent;

namespace RiskNotebooks.Location;

/// <summary>Parallel loops over ranges of users, with per-worker state: one delegate call per range, not per user.</summary>
internal static class ParallelRanges
{
    internal static void For(int count, CancellationToken cancellationToken, Action<int, int> body)
    {
        if (count == 0)
        {
            return;
        }

        var size = Math.Max(256, count / (Environment.ProcessorCount * 16));
        Parallel.ForEach(
            Partitioner.Create(0, count, size),
            new ParallelOptions { CancellationToken = cancellationToken },
            range => body(range.Item1, range.Item2));
    }

    /// <summary>A loop whose workers each own a state (scratch buffers, counters), merged at the end one by one.</summary>
    internal static void For<TState>(int count, CancellationToken cancellationToken, Func<TState> create, Action<int, int, TState> body, Action<TState> merge)
    {
        if (count == 0)
        {
            return;
        }

        var size = Math.Max(64, count / (Environment.ProcessorCount * 16));
        var gate = new object();
        Parallel.ForEach(
            Partitioner.Create(0, count, size),
            new ParallelOptions { CancellationToken = cancellationToken },
            create,
            (range, _, state) =>
            {
                body(range.Item1, range.Item2, state);
                return state;
            },
            state =>
            {
                lock (gate)
                {
                    merge(state);
                }
            });
    }
}
