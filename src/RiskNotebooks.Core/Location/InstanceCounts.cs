namespace RiskNotebooks.Location;

/// <summary>
/// Counts per knowledge instance (an instance packed into 64 bits), in an open-addressing table that is cleared in time
/// proportional to what it holds, so one table serves a worker's users one after the other.
/// </summary>
internal sealed class InstanceCounts
{
    private const ulong Empty = ulong.MaxValue;
    private ulong[] keys = [];
    private long[] values = [];
    private int[] used = [];
    private int mask;

    internal InstanceCounts() => Resize(1024);

    /// <summary>The number of distinct instances counted.</summary>
    internal int Count { get; private set; }

    internal void Add(ulong key, long amount)
    {
        if (Count * 2 >= keys.Length)
        {
            Grow();
        }

        var slot = Slot(key);
        if (keys[slot] == Empty)
        {
            keys[slot] = key;
            values[slot] = 0;
            used[Count++] = slot;
        }

        values[slot] += amount;
    }

    internal long Get(ulong key)
    {
        var slot = Slot(key);
        return keys[slot] == Empty ? 0 : values[slot];
    }

    /// <summary>The instance with the smallest count (the first such in insertion order).</summary>
    internal (ulong Key, long Value) Minimum()
    {
        var best = (Key: Empty, Value: long.MaxValue);
        for (var i = 0; i < Count; i++)
        {
            var slot = used[i];
            if (values[slot] < best.Value)
            {
                best = (keys[slot], values[slot]);
            }
        }

        return best;
    }

    internal void Clear()
    {
        for (var i = 0; i < Count; i++)
        {
            keys[used[i]] = Empty;
        }

        Count = 0;
    }

    private int Slot(ulong key)
    {
        var slot = (int)((key * 0x9E3779B97F4A7C15UL) >> 32) & mask;
        while (keys[slot] != Empty && keys[slot] != key)
        {
            slot = (slot + 1) & mask;
        }

        return slot;
    }

    private void Grow()
    {
        var oldKeys = keys;
        var oldValues = values;
        var oldUsed = used;
        var count = Count;
        Resize(keys.Length * 2);
        for (var i = 0; i < count; i++)
        {
            Add(oldKeys[oldUsed[i]], oldValues[oldUsed[i]]);
        }
    }

    private void Resize(int size)
    {
        keys = new ulong[size];
        Array.Fill(keys, Empty);
        values = new long[size];
        used = new int[size / 2 + 1];
        mask = size - 1;
        Count = 0;
    }
}
