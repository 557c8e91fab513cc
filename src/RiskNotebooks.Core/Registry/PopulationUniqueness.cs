using RiskNotebooks.Registry.Estimators;

namespace RiskNotebooks.Registry;

/// <summary>
/// Estimates of the share of the population that is unique on the quasi-identifiers (ARX's
/// <c>RiskModelPopulationUniqueness</c>), from the class-size histogram and the population size.
/// </summary>
/// <remarks>
/// <para>Each model's figure is the estimated number of population uniques divided by N, or <see langword="null"/> when the
/// model did not converge or gave an invalid value (ARX would show 0 there; we say so instead).
/// Dankar et al. (2012)'s decision rule picks: for f ≤ 0.1 Pitman, or Zayatz if Pitman is invalid; otherwise the smaller
/// of Zayatz and SNB when SNB is valid, else Zayatz. With no sample uniques every model gives 0.</para>
/// </remarks>
public sealed class PopulationUniqueness
{
    private PopulationUniqueness(long populationSize, double samplingFraction, bool isAssumed, double? zayatz, double? pitman, double? snb, double? dankar, PopulationUniquenessModel dankarModel)
    {
        PopulationSize = populationSize;
        SamplingFraction = samplingFraction;
        IsPopulationAssumed = isAssumed;
        Zayatz = zayatz;
        Pitman = pitman;
        Snb = snb;
        Dankar = dankar;
        DankarModel = dankarModel;
    }

    /// <summary>N.</summary>
    public long PopulationSize { get; }

    /// <summary>f = n / N.</summary>
    public double SamplingFraction { get; }

    /// <summary>Whether N rests on <see cref="PopulationModel.Default"/> rather than on what the user said.</summary>
    public bool IsPopulationAssumed { get; }

    /// <summary>Zayatz's estimate, as a share of the population.</summary>
    public double? Zayatz { get; }

    /// <summary>Pitman's estimate, as a share of the population; <see langword="null"/> when it did not converge.</summary>
    public double? Pitman { get; }

    /// <summary>The SNB estimate, as a share of the population; <see langword="null"/> when it did not converge.</summary>
    public double? Snb { get; }

    /// <summary>The estimate Dankar's decision rule picks.</summary>
    public double? Dankar { get; }

    /// <summary>The model the decision rule picked.</summary>
    public PopulationUniquenessModel DankarModel { get; }

    /// <summary>The models that were evaluated and did not give a valid estimate.</summary>
    public IReadOnlyList<PopulationUniquenessModel> FailedModels
    {
        get
        {
            var failed = new List<PopulationUniquenessModel>();
            if (Zayatz is null)
            {
                failed.Add(PopulationUniquenessModel.Zayatz);
            }

            if (Pitman is null)
            {
                failed.Add(PopulationUniquenessModel.Pitman);
            }

            if (Snb is null)
            {
                failed.Add(PopulationUniquenessModel.Snb);
            }

            return failed;
        }
    }

    /// <summary>Estimates population uniqueness.</summary>
    /// <param name="histogram">The sample's class-size histogram.</param>
    /// <param name="population">The population model.</param>
    /// <returns>The estimates.</returns>
    public static PopulationUniqueness Estimate(ClassSizeHistogram histogram, PopulationModel population)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        ArgumentNullException.ThrowIfNull(population);
        var n = histogram.RecordCount;
        var N = population.PopulationSizeFor(n);
        var f = n == 0 ? 0d : (double)n / N;
        if (histogram.ClassesOfSize(1) == 0)
        {
            return new PopulationUniqueness(N, f, population.IsDefault, 0d, 0d, 0d, 0d, PopulationUniquenessModel.None);
        }

        var zayatz = Share(ZayatzEstimator.EstimateUniques(histogram, N), N);
        var pitman = Share(PitmanEstimator.EstimateUniques(histogram, N), N);
        var snb = Share(SlideNegativeBinomialEstimator.EstimateUniques(histogram, N), N);

        double? dankar;
        PopulationUniquenessModel model;
        if (f <= 0.1d)
        {
            (dankar, model) = pitman is not null ? (pitman, PopulationUniquenessModel.Pitman) : (zayatz, PopulationUniquenessModel.Zayatz);
        }
        else if (snb is not null && zayatz is not null)
        {
            (dankar, model) = zayatz < snb ? (zayatz, PopulationUniquenessModel.Zayatz) : (snb, PopulationUniquenessModel.Snb);
        }
        else
        {
            (dankar, model) = (zayatz, PopulationUniquenessModel.Zayatz);
        }

        return new PopulationUniqueness(N, f, population.IsDefault, zayatz, pitman, snb, dankar, model);
    }

    private static double? Share(double uniques, long populationSize)
        => double.IsNaN(uniques) || double.IsInfinity(uniques) || uniques <= 0d ? null : Math.Clamp(uniques / populationSize, 0d, 1d);
}
