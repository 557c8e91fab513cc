using System.Globalization;

namespace RiskNotebooks.Location;

/// <summary>The per-user risks of one attack and their summary.</summary>
public sealed class AttackResult
{
    private static readonly (int Low, int High, string Label)[] Bands =
        [(1, 1, "1"), (2, 2, "2"), (3, 4, "3-4"), (5, 9, "5-9"), (10, 19, "10-19"), (20, 99, "20-99"), (100, int.MaxValue, "100+")];

    private readonly double[] risks;
    private readonly int[] compatible;

    internal AttackResult(AttackOptions options, double[] risks, int[] compatible, IReadOnlyList<PlaceContribution> contributions, TimeSpan elapsed)
    {
        Options = options;
        this.risks = risks;
        this.compatible = compatible;
        PlaceContributions = contributions;
        Elapsed = elapsed;
        var sum = 0d;
        var bands = new int[Bands.Length];
        foreach (var c in compatible)
        {
            bands[Array.FindIndex(Bands, b => c >= b.Low && c <= b.High)]++;
        }

        foreach (var r in risks)
        {
            sum += r;
            UniqueUsers += r == 1d ? 1 : 0;
            AtRiskUsers += r > options.Threshold ? 1 : 0;
        }

        MeanRisk = risks.Length == 0 ? double.NaN : sum / risks.Length;
        var sorted = (double[])risks.Clone();
        Array.Sort(sorted);
        MedianRisk = sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2d;
        CompatibleUsersHistogram = Bands.Select((b, i) => new KeyValuePair<string, int>(b.Label, bands[i])).ToArray();
    }

    /// <summary>The options of the run.</summary>
    public AttackOptions Options { get; }

    /// <summary>The attack.</summary>
    public MobilityAttack Attack => Options.Attack;

    /// <summary>The attack's name, e.g. <c>location-sequence</c>.</summary>
    public string Name => AttackOptions.NameOf(Options.Attack);

    /// <summary>The number of users attacked (all of them).</summary>
    public int UserCount => risks.Length;

    /// <summary>The mean risk over users.</summary>
    public double MeanRisk { get; }

    /// <summary>The median risk.</summary>
    public double MedianRisk { get; }

    /// <summary>Users with risk 1: some knowledge instance singles them out.</summary>
    public int UniqueUsers { get; }

    /// <summary>Users whose risk is strictly above <see cref="AttackOptions.Threshold"/>.</summary>
    public int AtRiskUsers { get; }

    /// <summary>The share of users with risk 1.</summary>
    public double UniqueShare => UserCount == 0 ? double.NaN : (double)UniqueUsers / UserCount;

    /// <summary>The share of users at risk.</summary>
    public double AtRiskShare => UserCount == 0 ? double.NaN : (double)AtRiskUsers / UserCount;

    /// <summary>
    /// Users by the number of compatible users of their most revealing instance (1 = unique), in bands 1, 2, 3-4, 5-9,
    /// 10-19, 20-99, 100+.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, int>> CompatibleUsersHistogram { get; }

    /// <summary>Where the risk is: for each place, the unique and at-risk users whose most revealing instance includes it.</summary>
    public IReadOnlyList<PlaceContribution> PlaceContributions { get; }

    /// <summary>How long the attack took (index included).</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>Each user's risk, 1 / the fewest compatible users over instances, in user index order. Per-user output.</summary>
    public IReadOnlyList<double> Risks => risks;

    /// <summary>Each user's fewest compatible users over instances (the user included). Per-user output.</summary>
    public IReadOnlyList<int> CompatibleUsers => compatible;

    /// <summary>A short label: the name, k, and the options that apply.</summary>
    public string Label
    {
        get
        {
            var o = Options;
            var label = o.UsesKnowledgeLength ? string.Create(CultureInfo.InvariantCulture, $"{Name} k={o.KnowledgeLength}") : Name;
            if (o.Attack == MobilityAttack.LocationTime)
            {
                label += $" {o.TimePrecision.ToString().ToLowerInvariant()}";
            }

            if (o.Attack is MobilityAttack.LocationFrequency or MobilityAttack.LocationProbability or MobilityAttack.LocationProportion && o.Tolerance > 0)
            {
                label += string.Create(CultureInfo.InvariantCulture, $" tol={o.Tolerance:0.###}");
            }

            return label;
        }
    }
}
