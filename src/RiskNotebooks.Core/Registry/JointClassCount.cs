namespace RiskNotebooks.Registry;

/// <summary>
/// How many sample classes have sample size <see cref="SampleSize"/> (f_c) and population size
/// <see cref="PopulationSize"/> (F_c): the joint histogram that journalist and marketer risk read when a population
/// table is given. Plain data.
/// </summary>
/// <param name="SampleSize">f_c, at least 1.</param>
/// <param name="PopulationSize">F_c, at least 1 (0 when the population lacks the class, which is an error).</param>
/// <param name="Classes">The number of sample classes with these two sizes.</param>
public readonly record struct JointClassCount(int SampleSize, long PopulationSize, long Classes);
