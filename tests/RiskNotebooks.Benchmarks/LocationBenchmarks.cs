using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using RiskNotebooks.Location;
using RiskNotebooks.Synthetic.Location;

namespace RiskNotebooks.Benchmarks;

/// <summary>
/// Unicity at operator scale: 1,500,000 synthetic users × 100 records over two weeks on 14,884 antennas (about 100 users
/// per antenna), in memory. Target: unicity with p = 4 within 60 s and 8 GiB. The benchmark includes indexing the traces
/// at (antenna, hour) and the per-place contributions; generation is set-up.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 3)]
public class UnicityBenchmarks
{
    private TraceSet traces = null!;

    [GlobalSetup]
    public void Setup() => traces = SyntheticTraceGenerator.Generate(new SyntheticTraceOptions { Users = 1_500_000, Seed = 7, MinRecords = 100, MaxRecords = 100 });

    [Benchmark]
    public UnicityReport UnicityP4() => Unicity.Measure(traces, new UnicityOptions { Points = [4] });

    [Benchmark]
    public UnicityReport UnicityP1To4() => Unicity.Measure(traces, new UnicityOptions { Points = [1, 2, 3, 4] });
}

/// <summary>
/// scikit-mobility's attacks on the shape of its own measurement (1,000 users of 100-300 records over two weeks), where
/// one background-knowledge instance costs it about 6 s: its home-work attack about 24 minutes, its location attack at
/// k = 1 about two weeks. Target: at least 100 times faster.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class AttackBenchmarks1000
{
    private TraceSet traces = null!;

    [ParamsAllValues]
    public MobilityAttack Attack { get; set; }

    [Params(1, 2, 3, 4)]
    public int K { get; set; }

    [GlobalSetup]
    public void Setup() => traces = SyntheticTraceGenerator.Generate(new SyntheticTraceOptions { Users = 1_000, Seed = 7 });

    [Benchmark]
    public AttackResult Run() => MobilityAttacks.Run(traces, new AttackOptions { Attack = Attack, KnowledgeLength = K });
}

/// <summary>
/// Every attack at k = 1..4 on 100,000 users of 100-300 records over two weeks. Antennas: 6,400 (80 × 80), as a
/// 100,000-user extract of an operator with 1.5 million subscribers on de Montjoye et al.'s 6,500 antennas; and the dense
/// stress case of 1,024 antennas (about 100 users per antenna). Target: every attack at k ≤ 4 within 60 s.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1)]
public class AttackBenchmarks100000
{
    private TraceSet traces = null!;

    [Params(80, 32)]
    public int AntennaGrid { get; set; }

    [ParamsAllValues]
    public MobilityAttack Attack { get; set; }

    [Params(1, 2, 3, 4)]
    public int K { get; set; }

    [GlobalSetup]
    public void Setup() => traces = SyntheticTraceGenerator.Generate(new SyntheticTraceOptions { Users = 100_000, Seed = 7, AntennaGrid = AntennaGrid });

    [Benchmark]
    public AttackResult Run() => MobilityAttacks.Run(traces, new AttackOptions { Attack = Attack, KnowledgeLength = K });
}

/// <summary>
/// The attacks that count pairs of places once for all users (location, unique-location and location-sequence at k = 2)
/// on 100,000 users of 100-300 records, on 6,400 antennas and on the dense 1,024 (about 100 users per antenna).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class PairAttackBenchmarks
{
    private TraceSet traces = null!;

    [Params(80, 32)]
    public int AntennaGrid { get; set; }

    [Params(MobilityAttack.Location, MobilityAttack.UniqueLocation, MobilityAttack.LocationSequence)]
    public MobilityAttack Attack { get; set; }

    [GlobalSetup]
    public void Setup() => traces = SyntheticTraceGenerator.Generate(new SyntheticTraceOptions { Users = 100_000, Seed = 7, AntennaGrid = AntennaGrid });

    [Benchmark]
    public AttackResult Run() => MobilityAttacks.Run(traces, new AttackOptions { Attack = Attack, KnowledgeLength = 2 });
}

/// <summary>Reading a trace file of 10,000 users of 100-300 records (about two million rows): with coordinates, and with antenna ids.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class TraceReaderBenchmarks
{
    private string path = string.Empty;

    [ParamsAllValues]
    public bool AntennaIds { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        path = Path.Combine(Path.GetTempPath(), $"risknb-trace-bench-{(AntennaIds ? "ids" : "coordinates")}.csv");
        if (!File.Exists(path))
        {
            using var writer = new StreamWriter(path);
            SyntheticTraceGenerator.Write(writer, new SyntheticTraceOptions { Users = 10_000, Seed = 7 }, AntennaIds);
        }
    }

    [Benchmark]
    public TraceSet Load() => TraceReader.Load(path);
}
