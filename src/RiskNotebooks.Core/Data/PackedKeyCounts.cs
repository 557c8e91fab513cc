using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace RiskNotebooks.Data;

/// <summary>
/// Counts (or weights) per packed key: an open-addressing table keyed by codes packed into one <see cref="ulong"/>
/// (a class's codes on some attributes, a knowledge instance, a pair of places), shared by the grouping and counting
/// code that used to carry a table each.
/// </summary>
/// <remarks>
/// <para>Linear probing over a power-of-two table at most half full, Fibonacci hashing; a slot holds key + 1 (0: empty)
/// and its count side by side, so a probe touches one cache line, unlike a <see cref="Dictionary{TKey, TValue}"/>. The
/// keys are remembered in insertion order, so walking the counts does not depend on the hash, and emptying the table
/// costs what it holds: one table serves a worker's users or subsets one after the other.</para>
/// <para>Keys must be below <see cref="ulong.MaxValue"/>. A slot number returned by <see cref="Add(ulong, long)"/> stays
/// valid until the table grows; <see cref="Reset"/> with the number of keys to come makes sure it does not.</para>
/// </remarks>
internal sealed class PackedKeyCounts
{
    private const ulong Fibonacci = 0x9E3779B97F4A7C15UL;
    private Slot[] slots = [];
    private int[] used = [];
    private int capacity;
    private int mask;
    private int shift;

    /// <summary>An empty table for about <paramref name="distinct"/> keys (it grows when half full).</summary>
    internal PackedKeyCounts(int distinct = 512) => Reset(distinct);

    /// <summary>The number of distinct keys counted.</summary>
    internal int Count { get; private set; }

    /// <summary>The hash of a key that <see cref="Add(ulong, long)"/> uses; its top bits pick the slot.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Hash(ulong key) => (key + 1) * Fibonacci;

    /// <summary>Empties the table and makes room for <paramref name="distinct"/> keys without growing.</summary>
    internal void Reset(int distinct)
    {
        Clear();
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, distinct * 2));
        if (slots.Length < size)
        {
            slots = new Slot[size]; // a larger table serves smaller counts too: only its first slots are used
        }

        if (used.Length < (size / 2) + 1)
        {
            used = new int[(size / 2) + 1];
        }

        SetCapacity(size);
    }

    /// <summary>Adds <paramref name="amount"/> to the key's count.</summary>
    /// <returns>The key's slot (see <see cref="CountAt"/>).</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int Add(ulong key, long amount) => Add(key, amount, Hash(key));

    /// <summary>
    /// Adds <paramref name="amount"/> to the key's count, placing the key by the top bits of <paramref name="hash"/>; a
    /// caller that partitions keys by the top bits of <see cref="Hash"/> passes the bits below them.
    /// </summary>
    /// <returns>The key's slot (see <see cref="CountAt"/>).</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int Add(ulong key, long amount, ulong hash)
    {
        if (Count * 2 >= capacity)
        {
            Grow();
        }

        var stored = key + 1;
        var h = (int)(hash >> shift);
        ref var table = ref MemoryMarshal.GetArrayDataReference(slots);
        while (true)
        {
            ref var slot = ref Unsafe.Add(ref table, h);
            if (slot.Key == stored)
            {
                slot.Count += amount;
                return h;
            }

            if (slot.Key == 0)
            {
                slot.Key = stored;
                slot.Count = amount;
                used[Count++] = h;
                return h;
            }

            h = (h + 1) & mask;
        }
    }

    /// <summary>
    /// Adds <c>weights[i]</c> to the count of <c>keys[i]</c> for every i, and writes each key's slot to <c>slotOf[i]</c>:
    /// the bulk form of <see cref="Add(ulong, long, ulong)"/>, with the table's state kept in locals for the loop. With
    /// <paramref name="hashShift"/>, keys are placed by <c>Hash(key) &lt;&lt; hashShift</c> (callers that partition keys
    /// by the top bits of <see cref="Hash"/>).
    /// </summary>
    internal void AddAll(ReadOnlySpan<ulong> keys, ReadOnlySpan<int> weights, Span<int> slotOf, int hashShift = 0)
    {
        while ((Count + keys.Length) * 2 > capacity)
        {
            Grow();
        }

        var count = Count;
        var usedSlots = used;
        var slotMask = mask;
        var slotShift = shift;
        ref var table = ref MemoryMarshal.GetArrayDataReference(slots);
        for (var i = 0; i < keys.Length; i++)
        {
            var stored = keys[i] + 1;
            var h = (int)((Hash(keys[i]) << hashShift) >> slotShift);
            while (true)
            {
                ref var slot = ref Unsafe.Add(ref table, h);
                if (slot.Key == stored)
                {
                    slot.Count += weights[i];
                    break;
                }

                if (slot.Key == 0)
                {
                    slot.Key = stored;
                    slot.Count = weights[i];
                    usedSlots[count++] = h;
                    break;
                }

                h = (h + 1) & slotMask;
            }

            slotOf[i] = h;
        }

        Count = count;
    }

    /// <summary>
    /// The key's group number: its place in the order of first appearance (0, 1, ...), added when new. A table used this
    /// way holds group numbers where it would hold counts: use one or the other.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int Group(ulong key, out bool added)
    {
        if (Count * 2 >= capacity)
        {
            Grow();
        }

        var stored = key + 1;
        var h = (int)(Hash(key) >> shift);
        ref var table = ref MemoryMarshal.GetArrayDataReference(slots);
        while (true)
        {
            ref var slot = ref Unsafe.Add(ref table, h);
            if (slot.Key == stored)
            {
                added = false;
                return (int)slot.Count;
            }

            if (slot.Key == 0)
            {
                var group = Count;
                slot.Key = stored;
                slot.Count = group;
                used[Count++] = h;
                added = true;
                return group;
            }

            h = (h + 1) & mask;
        }
    }

    /// <summary>The key's count, 0 when it was never added.</summary>
    internal long Get(ulong key)
    {
        var stored = key + 1;
        var h = (int)(Hash(key) >> shift);
        while (true)
        {
            ref var slot = ref slots[h];
            if (slot.Key == stored)
            {
                return slot.Count;
            }

            if (slot.Key == 0)
            {
                return 0;
            }

            h = (h + 1) & mask;
        }
    }

    /// <summary>The count in a slot that <see cref="Add(ulong, long)"/> returned.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal long CountAt(int slot) => slots[slot].Count;

    /// <summary>The count of the <paramref name="i"/>-th distinct key added.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal long CountInOrder(int i) => slots[used[i]].Count;

    /// <summary>The key with the smallest count (the first such in insertion order); count <see cref="long.MaxValue"/> when empty.</summary>
    internal (ulong Key, long Count) Minimum()
    {
        var best = (Key: ulong.MaxValue, Count: long.MaxValue);
        for (var i = 0; i < Count; i++)
        {
            ref var slot = ref slots[used[i]];
            if (slot.Count < best.Count)
            {
                best = (slot.Key - 1, slot.Count);
            }
        }

        return best;
    }

    /// <summary>Empties the table, in time proportional to what it holds.</summary>
    internal void Clear()
    {
        for (var i = 0; i < Count; i++)
        {
            slots[used[i]] = default;
        }

        Count = 0;
    }

    private void SetCapacity(int size)
    {
        capacity = size;
        mask = size - 1;
        shift = 64 - BitOperations.Log2((uint)size);
    }

    private void Grow()
    {
        // Re-add in insertion order, so the order of the keys does not change.
        var count = Count;
        var oldSlots = slots;
        var oldUsed = used;
        slots = new Slot[capacity * 2];
        used = new int[capacity + 1];
        SetCapacity(capacity * 2);
        Count = 0;
        for (var i = 0; i < count; i++)
        {
            ref var slot = ref oldSlots[oldUsed[i]];
            Add(slot.Key - 1, slot.Count);
        }
    }

    private struct Slot
    {
        public ulong Key;
        public long Count;
    }
}
