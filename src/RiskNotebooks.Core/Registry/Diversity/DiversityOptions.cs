namespace RiskNotebooks.Registry.Diversity;

/// <summary>What <see cref="DiversityAnalysis"/> measures beyond the achieved l and t: the c of recursive (c, l)-diversity, the
/// required l and t, and the ground distance and value order of each sensitive attribute.</summary>
/// <remarks>
/// Every value is checked when set; a bad one is an <see cref="InvalidOptionException"/> naming the command-line option it
/// stands for. Attribute names in <see cref="GroundDistances"/> and <see cref="ValueOrders"/> are matched like column names
/// and must be among the sensitive attributes.
/// </remarks>
public sealed record DiversityOptions
{
    private readonly double recursiveC = 2d;
    private readonly int requiredL = 2;
    private readonly double tThreshold = 0.2d;
    private readonly IReadOnlyDictionary<string, GroundDistance> groundDistances = new Dictionary<string, GroundDistance>();
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> valueOrders = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The default options: c = 2, l = 2, t = 0.2, ground distances detected.</summary>
    public static DiversityOptions Default { get; } = new();

    /// <summary>
    /// The c of recursive (c, l)-diversity: a positive number; default 2, as sdcMicro's <c>ldiversity</c>
    /// (<c>l_recurs_c</c>). ARX has no default for reporting; its examples use c = 3 and its GUI starts at 0.001.
    /// </summary>
    public double RecursiveC
    {
        get => recursiveC;
        init
        {
            if (!double.IsFinite(value) || value <= 0d)
            {
                throw new InvalidOptionException(nameof(RecursiveC), "must be a positive number.");
            }

            recursiveC = value;
        }
    }

    /// <summary>The l a class must reach, for every l-diversity; at least 1, default 2 (ARX's default l).</summary>
    public int RequiredL
    {
        get => requiredL;
        init
        {
            if (value < 1)
            {
                throw new InvalidOptionException(nameof(RequiredL), "must be a whole number of at least 1.");
            }

            requiredL = value;
        }
    }

    /// <summary>
    /// The t a class's distance must not exceed, in [0, 1]; default 0.2. Li et al. illustrate t-closeness with t between
    /// 0.15 and 0.2; ARX's GUI starts at 0.001.
    /// </summary>
    public double TThreshold
    {
        get => tThreshold;
        init
        {
            if (double.IsNaN(value) || value < 0d || value > 1d)
            {
                throw new InvalidOptionException(nameof(TThreshold), "must be a number in [0, 1].");
            }

            tThreshold = value;
        }
    }

    /// <summary>
    /// The ground distance of a sensitive attribute, by name. An attribute not listed gets
    /// <see cref="GroundDistance.Ordered"/> when all its non-missing values are numbers (invariant culture) or when it has a
    /// <see cref="ValueOrders"/> entry, else <see cref="GroundDistance.Equal"/>. An ordered attribute that is neither numeric
    /// nor given an order is ranked by ordinal text comparison, as ARX ranks a string attribute.
    /// </summary>
    public IReadOnlyDictionary<string, GroundDistance> GroundDistances
    {
        get => groundDistances;
        init => groundDistances = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>
    /// The order of the values of an ordinal sensitive attribute (for example <c>low, medium, high</c>), by attribute name;
    /// implies <see cref="GroundDistance.Ordered"/>. Every value the column holds must be listed; listed values the column does
    /// not hold are ignored (m counts the values that occur).
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ValueOrders
    {
        get => valueOrders;
        init => valueOrders = value ?? throw new ArgumentNullException(nameof(value));
    }
}
