using System.Globalization;
using RiskNotebooks.Data;
using RiskNotebooks.Location;

namespace RiskNotebooks.Cli;

/// <summary>The per-user file of <c>risknb location --records</c>: an explicit opt-in, written atomically.</summary>
internal static class LocationRecordsCsv
{
    internal static void Write(AtomicFileSet files, string path, LocationRiskReport report)
    {
        SafeCsvWriter.WriteFile(files, path, csv =>
        {
            csv.WriteText("user");
            csv.WriteText("points");
            foreach (var r in report.Unicity.Results)
            {
                csv.WriteText(string.Create(CultureInfo.InvariantCulture, $"unique_p{r.Points}"));
            }

            foreach (var a in report.Attacks)
            {
                csv.WriteText(ColumnName(a));
            }

            foreach (var t in report.TopLocations)
            {
                csv.WriteText(string.Create(CultureInfo.InvariantCulture, $"top{t.N}_anonymity_set"));
            }

            csv.EndRow();
            for (var user = 0; user < report.UserCount; user++)
            {
                csv.WriteText(report.UserIds[user]);
                csv.WriteNumber((long)report.Unicity.PointCountOf(user));
                foreach (var r in report.Unicity.Results)
                {
                    csv.WriteNumber(report.Unicity.UniqueShareOf(r.Points, user));
                }

                foreach (var a in report.Attacks)
                {
                    csv.WriteNumber(a.Risks[user]);
                }

                foreach (var t in report.TopLocations)
                {
                    var size = t.AnonymitySetOf(user);
                    if (size == 0)
                    {
                        csv.WriteText(null);
                    }
                    else
                    {
                        csv.WriteNumber((long)size);
                    }
                }

                csv.EndRow();
            }
        }, "--records");
    }

    /// <summary>e.g. <c>risk_location_k2</c>, <c>risk_location-time_k1_hour</c>, <c>risk_home-work</c>.</summary>
    internal static string ColumnName(AttackResult a)
    {
        var name = "risk_" + a.Name;
        if (a.Options.UsesKnowledgeLength)
        {
            name += string.Create(CultureInfo.InvariantCulture, $"_k{a.Options.KnowledgeLength}");
        }

        if (a.Attack == MobilityAttack.LocationTime)
        {
            name += "_" + a.Options.TimePrecision.ToString().ToLowerInvariant();
        }

        if (a.Attack is MobilityAttack.LocationFrequency or MobilityAttack.LocationProbability or MobilityAttack.LocationProportion && a.Options.Tolerance > 0)
        {
            name += string.Create(CultureInfo.InvariantCulture, $"_tol{a.Options.Tolerance:0.###}");
        }

        return name;
    }
}
