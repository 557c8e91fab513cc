using RiskNotebooks.Data;

namespace RiskNotebooks.Tests.Registry.Individual;

internal static class SdcFixtures
{
    internal static Table Load(string name) => CsvTableReader.Load(Path.Combine(AppContext.BaseDirectory, "TestData", "sdcmicro", name));

    internal static readonly string[] FrancdatKeys = ["Key1", "Key2", "Key3", "Key4"];

    internal static readonly string[] TestdataKeys = ["urbrur", "roof", "walls", "water", "electcon", "relat", "sex"];

    /// <summary>
    /// fk and Fk by brute force, straight from sdcMicro's definition, comparing every pair of records.
    /// </summary>
    internal static (double[] Fk, double[] WeightedFk) BruteForce(Table table, string[] keys, double[] weights, double alpha)
    {
        var columns = keys.Select(table.GetColumn).ToArray();
        var n = table.RowCount;
        int Code(int q, int r) => columns[q].GetCode(r);
        bool Complete(int r) => Enumerable.Range(0, keys.Length).All(q => Code(q, r) != Column.MissingCode);
        bool AllMissing(int r) => Enumerable.Range(0, keys.Length).All(q => Code(q, r) == Column.MissingCode);
        bool Same(int a, int b) => Enumerable.Range(0, keys.Length).All(q => Code(q, a) == Code(q, b));
        bool Compatible(int a, int b) => Enumerable.Range(0, keys.Length).All(q => Code(q, a) == Code(q, b) || Code(q, a) == Column.MissingCode || Code(q, b) == Column.MissingCode);
        var fk = new double[n];
        var Fk = new double[n];
        for (var i = 0; i < n; i++)
        {
            if (AllMissing(i))
            {
                fk[i] = n;
                Fk[i] = weights.Sum();
                continue;
            }

            for (var j = 0; j < n; j++)
            {
                double factor;
                if (Same(i, j))
                {
                    factor = 1;
                }
                else if (!Compatible(i, j))
                {
                    factor = 0;
                }
                else if (keys.Length == 1)
                {
                    factor = Complete(i) ? alpha : 1;
                }
                else if (Complete(i))
                {
                    factor = AllMissing(j) ? 0 : alpha;   // complete patterns do not count all-missing records
                }
                else
                {
                    factor = Complete(j) ? 1 : alpha;
                }

                fk[i] += factor;
                Fk[i] += factor * weights[j];
            }
        }

        return (fk, Fk);
    }
}
