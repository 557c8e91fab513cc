using System.Text;
using BenchmarkDotNet.Attributes;
using RiskNotebooks.Data;
using RiskNotebooks.Registry.Suda;

namespace RiskNotebooks.Benchmarks;

/// <summary>
/// SUDA on one million rows of six categorical keys, the shape of /work/shared/tools/make_big_microdata.py (region 60
/// Zipf-like, sex 2, age group 20, marital status 5, education 8, occupation 30 Zipf-like), on which sdcMicro 5.8.1's
/// suda2 takes 21 s.
/// </summary>
[MemoryDiagnoser]
public class SudaBenchmarks
{
    private static readonly string[] Keys = ["region", "sex", "agegrp", "marstat", "educ", "occup"];
    private string path = string.Empty;
    private Table table = null!;

    [Params(1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        path = Path.Combine(Path.GetTempPath(), $"risknb-suda-bench-{Rows}.csv");
        if (!File.Exists(path))
        {
            WriteMicrodata(path, Rows);
        }

        table = CsvTableReader.Load(path, new CsvLoadOptions { Columns = Keys });
    }

    /// <summary>The whole job but process start: parse the CSV, then score.</summary>
    [Benchmark]
    public SudaResult LoadAndScore() => SudaAnalysis.Run(CsvTableReader.Load(path, new CsvLoadOptions { Columns = Keys }), Keys);

    [Benchmark]
    public SudaResult Score() => SudaAnalysis.Run(table, Keys);

    [Benchmark]
    public SudaResult ScoreUpToSize3() => SudaAnalysis.Run(table, Keys, new SudaOptions { MaxMsuSize = 3 });

    /// <summary>A seeded table of the generator's shape (same marginals, other random stream).</summary>
    private static void WriteMicrodata(string target, int rows)
    {
        var random = new Random(20240601);
        var columns = new (int Levels, double[] Weights)[]
        {
            (60, Zipf(60, 0.8)), (2, [1, 1]), (20, Enumerable.Repeat(1d, 20).ToArray()), (5, [4, 3, 1, 1, 0.5]),
            (8, [1, 2, 3, 3, 2, 1, 0.5, 0.2]), (30, Zipf(30, 1.1)),
        };
        var cumulative = columns.Select(c => c.Weights.Select((_, i) => c.Weights.Take(i + 1).Sum() / c.Weights.Sum()).ToArray()).ToArray();
        using var writer = new StreamWriter(target, false, new UTF8Encoding(false));
        writer.Write("region,sex,agegrp,marstat,educ,occup,weight\n");
        var line = new StringBuilder();
        for (var r = 0; r < rows; r++)
        {
            line.Clear();
            foreach (var cdf in cumulative)
            {
                var u = random.NextDouble();
                var level = Array.FindIndex(cdf, p => u < p);
                line.Append(level < 0 ? cdf.Length : level + 1).Append(',');
            }

            line.Append((20 + (random.NextDouble() * 480)).ToString("F2", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
            writer.Write(line);
        }
    }

    private static double[] Zipf(int levels, double s) => Enumerable.Range(1, levels).Select(i => 1 / Math.Pow(i, s)).ToArray();
}
