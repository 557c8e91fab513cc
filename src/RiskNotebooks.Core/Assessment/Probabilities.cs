using System.Globalization;

namespace RiskNotebooks.Assessment;

/// <summary>How reasons write probabilities: four decimals, or two significant digits below 0.01 (so 0.00042 is not "0").</summary>
internal static class Probabilities
{
    internal static string Format(double p)
    {
        if (p == 0 || p >= 0.01 || double.IsNaN(p))
        {
            return p.ToString("0.####", CultureInfo.InvariantCulture);
        }

        var digits = Math.Min(15, 1 - (int)Math.Floor(Math.Log10(p)));
        return Math.Round(p, digits).ToString("0.###############", CultureInfo.InvariantCulture);
    }
}
