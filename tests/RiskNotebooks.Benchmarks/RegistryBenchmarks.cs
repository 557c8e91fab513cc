using System.Text;
using BenchmarkDotNet.Attributes;
using RiskNotebooks.Data;
using RiskNotebooks.Registry;
using RiskNotebooks.Registry.Diversity;

namespace RiskNotebooks.Benchmarks;

/// <summary>Loading and measuring an adult-like table of one million rows with 8 quasi-identifiers, in memory.</summary>
[MemoryDiagnoser]
public class RegistryBenchmarks
{
    private static readonly string[] QuasiIdentifiers = ["sex", "age", "race", "marital-status", "education", "native-country", "workclass", "occupation"];
    private string path = string.Empty;
    private Table table = null!;
    private EquivalenceClasses demographicClasses = null!;

    [Params(1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        path = Path.Combine(Path.GetTempPath(), $"risknb-bench-{Rows}.csv");
        if (!File.Exists(path))
        {
            WriteAdultLike(path, Rows);
        }

        table = CsvTableReader.Load(path);
        demographicClasses = EquivalenceClasses.Build(table, ["sex", "age", "race", "marital-status", "education"]);
    }

    [Benchmark]
    public Table Load() => CsvTableReader.Load(path, new CsvLoadOptions { Columns = QuasiIdentifiers });

    [Benchmark]
    public EquivalenceClasses Group() => EquivalenceClasses.Build(table, QuasiIdentifiers);

    [Benchmark]
    public ReidentificationReport Measure() => ReidentificationAnalysis.Run(table, new ReidentificationOptions
    {
        QuasiIdentifiers = QuasiIdentifiers,
        Population = PopulationModel.OfSamplingFraction(0.1),
    });

    /// <summary>l-diversity and t-closeness of two sensitive attributes over classes on five demographic attributes.</summary>
    [Benchmark]
    public DiversityReport Diversity() => DiversityAnalysis.Run(table, demographicClasses, ["occupation", "salary-class"]);

    /// <summary>A seeded adult-like table (same shape as tests/RiskNotebooks.Benchmarks/make_adult_like.py, other random stream).</summary>
    private static void WriteAdultLike(string target, int rows)
    {
        var random = new Random(20240517);
        string[] sex = ["Male", "Female"];
        string[] race = ["White", "Black", "Asian-Pac-Islander", "Amer-Indian-Eskimo", "Other"];
        string[] marital = ["Never-married", "Married-civ-spouse", "Divorced", "Separated", "Widowed", "Married-spouse-absent", "Married-AF-spouse"];
        string[] education = ["Bachelors", "HS-grad", "11th", "Masters", "9th", "Some-college", "Assoc-acdm", "Assoc-voc", "7th-8th", "Doctorate", "Prof-school", "5th-6th", "10th", "1st-4th", "Preschool", "12th"];
        var countries = Enumerable.Range(0, 41).Select(i => i == 0 ? "United-States" : $"Country-{i}").ToArray();
        string[] work = ["Private", "Self-emp-not-inc", "Self-emp-inc", "Federal-gov", "Local-gov", "State-gov", "Without-pay"];
        var occupations = Enumerable.Range(0, 14).Select(i => $"Occupation-{i}").ToArray();
        using var writer = new StreamWriter(target, false, new UTF8Encoding(false));
        writer.Write("sex;age;race;marital-status;education;native-country;workclass;occupation;salary-class\n");
        for (var r = 0; r < rows; r++)
        {
            var country = random.Next(10) < 9 ? countries[0] : countries[random.Next(countries.Length)];
            writer.Write($"{sex[random.Next(2)]};{17 + random.Next(74)};{race[Math.Min(random.Next(6), 4)]};{marital[random.Next(marital.Length)]};{education[random.Next(education.Length)]};{country};{work[random.Next(work.Length)]};{occupations[random.Next(occupations.Length)]};{(random.Next(4) == 0 ? ">50K" : "<=50K")}\n");
        }
    }
}
