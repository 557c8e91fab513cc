namespace RiskNotebooks.Location;

/// <summary>
/// What the attacks share for one trace set at one spatial resolution: each record's place (cell), each user's frequency
/// vector and its inverted index, and the place-time indexes of the location-time attack, built on first use.
/// </summary>
internal sealed class AttackData
{
    private readonly Dictionary<(TimePrecision, AttackCompatibility), KeyedCounts> times = [];
    private KeyedCounts? places;
    private (int[], int[])? occurrences;

    internal AttackData(TraceSet traces, SpatialResolution spatial, CancellationToken cancellationToken, bool bySite = false)
    {
        Traces = traces;
        Cells = bySite ? CellMap.BuildBySite(traces) : CellMap.Build(traces, spatial);
        var cellOfPlace = Cells.CellOfPlace;
        var recordPlaces = traces.Places;
        VisitCell = new int[traces.RecordCount];
        ParallelRanges.For(VisitCell.Length, cancellationToken, (from, to) =>
        {
            for (var j = from; j < to; j++)
            {
                VisitCell[j] = cellOfPlace[recordPlaces[j]];
            }
        });
    }

    internal TraceSet Traces { get; }

    internal CellMap Cells { get; }

    /// <summary>Each record's cell, records in user then time order.</summary>
    internal int[] VisitCell { get; }

    /// <summary>Per user the distinct cells and visits to each; per cell the users and their visits.</summary>
    internal KeyedCounts Places(CancellationToken cancellationToken)
    {
        if (places is null)
        {
            var keys = new long[VisitCell.Length];
            for (var j = 0; j < keys.Length; j++)
            {
                keys[j] = VisitCell[j];
            }

            places = KeyedCounts.Build(Traces.UserStart, keys, 1, cancellationToken);
        }

        return places;
    }

    /// <summary>
    /// For the sequence attack: for every (user, place) entry of <see cref="Places"/>, the positions of the user's records
    /// there (0-based within the user's records, ascending), so that "the next visit to x after position p" is a binary
    /// search. <c>OccurrenceStart</c> has one more element than the place index has entries.
    /// </summary>
    internal (int[] OccurrenceStart, int[] Positions) Occurrences(CancellationToken cancellationToken)
    {
        if (occurrences is { } built)
        {
            return built;
        }

        var index = Places(cancellationToken);
        var recordStart = Traces.UserStart;
        var start = new int[index.UserKeys.Length + 1];
        for (var e = 0; e < index.UserCounts.Length; e++)
        {
            start[e + 1] = start[e] + index.UserCounts[e];
        }

        var positions = new int[VisitCell.Length];
        ParallelRanges.For(index.UserCount, cancellationToken, (from, to) =>
        {
            var pairs = new List<long>();
            for (var u = from; u < to; u++)
            {
                pairs.Clear();
                for (var j = recordStart[u]; j < recordStart[u + 1]; j++)
                {
                    pairs.Add(((long)VisitCell[j] << 32) | (uint)(j - recordStart[u]));
                }

                pairs.Sort();
                // Entries of the user are its keys ascending, as the pairs are: fill them in order.
                var at = start[index.UserStart[u]];
                foreach (var pair in pairs)
                {
                    positions[at++] = (int)(pair & uint.MaxValue);
                }
            }
        });

        occurrences = (start, positions);
        return occurrences.Value;
    }

    /// <summary>The same for (cell, time key) pairs.</summary>
    internal KeyedCounts Times(TimePrecision precision, AttackCompatibility compatibility, CancellationToken cancellationToken)
    {
        if (times.TryGetValue((precision, compatibility), out var index))
        {
            return index;
        }

        var traces = Traces;
        var epoch = traces.EpochSeconds;
        var seconds = traces.Seconds;
        var timeKeys = new long[VisitCell.Length];
        ParallelRanges.For(timeKeys.Length, cancellationToken, (from, to) =>
        {
            for (var j = from; j < to; j++)
            {
                var absolute = epoch + seconds[j];
                timeKeys[j] = compatibility == AttackCompatibility.ScikitMobility
                    ? TimeKeys.ScikitMobility(absolute, precision)
                    : TimeKeys.Documented(absolute, precision);
            }
        });

        // Number the time keys that occur, then pair them with cells: key = cell × times + time.
        var numbers = new Dictionary<long, int>();
        var timeIds = new int[timeKeys.Length];
        for (var j = 0; j < timeKeys.Length; j++)
        {
            ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(numbers, timeKeys[j], out var exists);
            if (!exists)
            {
                slot = numbers.Count - 1;
            }

            timeIds[j] = slot;
        }

        var count = numbers.Count;
        var keys = timeKeys;
        ParallelRanges.For(keys.Length, cancellationToken, (from, to) =>
        {
            for (var j = from; j < to; j++)
            {
                keys[j] = ((long)VisitCell[j] * count) + timeIds[j];
            }
        });

        index = KeyedCounts.Build(traces.UserStart, keys, Math.Max(1, count), cancellationToken);
        times[(precision, compatibility)] = index;
        return index;
    }
}
