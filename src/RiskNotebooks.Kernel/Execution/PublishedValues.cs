using System.Collections.Concurrent;
using System.ComponentModel;

namespace RiskNotebooks.Kernel.Execution;

/// <summary>
/// Hands a value from a magic command to the generated submission that declares its variable. Not for direct use.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class PublishedValues
{
    private static readonly ConcurrentDictionary<long, object?> Values = new();
    private static long next;

    /// <summary>Takes (and forgets) a value put here by the kernel.</summary>
    /// <param name="id">The value's id.</param>
    /// <returns>The value.</returns>
    public static object? Take(long id) => Values.TryRemove(id, out var value) ? value : null;

    internal static long Put(object? value)
    {
        var id = Interlocked.Increment(ref next);
        Values[id] = value;
        return id;
    }
}
