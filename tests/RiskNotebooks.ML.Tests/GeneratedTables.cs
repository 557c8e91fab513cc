using System.Globalization;
using RiskNotebooks.Data;

namespace RiskNotebooks.ML.Tests;

/// <summary>Tables with known answers: two categorical quasi-identifiers a (10 values) and b (5 values), uniform and independent.</summary>
internal static class GeneratedTables
{
    /// <summary>P(s | a, b) for three values of s: the known conditional distribution of the Bayes-optimal test.</summary>
    internal static double[] Conditional(int a, int b)
    {
        var favourite = (a + b) % 3;
        var strength = 0.4 + (0.05 * ((a * 7 + b * 3) % 10)); // 0.40 .. 0.85
        var p = new double[3];
        for (var s = 0; s < 3; s++)
        {
            p[s] = s == favourite ? strength : (1 - strength) / 2;
        }

        return p;
    }

    /// <summary>The Bayes-optimal accuracy: Σ P(a) P(b) max_s P(s | a, b), exactly.</summary>
    internal static double BayesAccuracy()
    {
        double sum = 0;
        for (var a = 0; a < 10; a++)
        {
            for (var b = 0; b < 5; b++)
            {
                sum += Conditional(a, b).Max() / 50;
            }
        }

        return sum;
    }

    internal static Table Make(int rows, int seed, Func<int, int, Random, string> sensitive, params (string Name, Func<int, int, Random, string> Value)[] extra)
    {
        var random = new Random(seed);
        string[] names = ["a", "b", "s", .. extra.Select(e => e.Name)];
        var data = new List<string?[]>(rows);
        for (var i = 0; i < rows; i++)
        {
            var a = random.Next(10);
            var b = random.Next(5);
            var row = new string?[names.Length];
            row[0] = "a" + a.ToString(CultureInfo.InvariantCulture);
            row[1] = "b" + b.ToString(CultureInfo.InvariantCulture);
            row[2] = sensitive(a, b, random);
            for (var e = 0; e < extra.Length; e++)
            {
                row[3 + e] = extra[e].Value(i, a, random);
            }

            data.Add(row);
        }

        return Table.FromRows("generated", names, data);
    }

    internal static string Draw(double[] p, Random random)
    {
        var u = random.NextDouble();
        for (var s = 0; s < p.Length; s++)
        {
            u -= p[s];
            if (u < 0)
            {
                return "s" + s.ToString(CultureInfo.InvariantCulture);
            }
        }

        return "s" + (p.Length - 1).ToString(CultureInfo.InvariantCulture);
    }
}
