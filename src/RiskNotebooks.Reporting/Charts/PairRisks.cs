using RiskNotebooks.Data;
using RiskNotebooks.Registry;
using RiskNotebooks.Registry.Attributes;

namespace RiskNotebooks.Reporting.Charts;

/// <summary>
/// The rule for the QI-pair heatmap of a re-identification report, the same in every host: shown and exported when
/// there are at least two quasi-identifiers, from the subsets already analysed (<c>--subsets</c>) when they hold the
/// pairs, else from an analysis of the subsets of at most two quasi-identifiers.
/// </summary>
public static class PairRisks
{
    /// <summary>The attribute risks of every quasi-identifier and every pair, or <see langword="null"/> for no heatmap.</summary>
    /// <param name="report">The report.</param>
    /// <param name="table">The table it measured.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <returns>The risks for <see cref="RiskCharts.QuasiIdentifierPairs"/>, or <see langword="null"/> with fewer than two quasi-identifiers.</returns>
    public static IReadOnlyList<AttributeRisk>? For(ReidentificationReport report, Table table, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(table);
        if (report.QuasiIdentifiers.Count < 2)
        {
            return null;
        }

        if (report.AttributeRisks is { } subsets && subsets.Any(r => r.Attributes.Count == 2))
        {
            return subsets.Where(r => r.Attributes.Count <= 2).ToArray();
        }

        return AttributeRiskAnalysis.Run(table, report.QuasiIdentifiers, maxSubsetSize: 2, cancellationToken);
    }
}
