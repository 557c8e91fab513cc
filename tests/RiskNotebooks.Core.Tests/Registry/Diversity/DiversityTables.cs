using RiskNotebooks.Data;
using RiskNotebooks.Registry;
using RiskNotebooks.Registry.Diversity;

namespace RiskNotebooks.Tests.Registry.Diversity;

/// <summary>Small tables for hand-computed cases, and a shortcut to run the analysis on them.</summary>
internal static class DiversityTables
{
    /// <summary>
    /// The nine patients of Li, Li and Venkatasubramanian (ICDE 2007, Table 1), as ARX ships them in <c>data/test2.csv</c>
    /// (salary in thousands), with the generalisations of the paper's Table 3 (<c>zip_3</c>, <c>age_band</c>: a 3-diverse
    /// table) and Table 4 (<c>zip_4</c>: a 0.167-close table) added as columns.
    /// </summary>
    internal static Table LiEtAl() => Table.FromRows("li2007", ["zip", "age", "salary", "disease", "zip_3", "age_band", "zip_4"],
    [
        ["47677", "29", "3", "gastric ulcer", "476**", "2*", "4767*"],
        ["47602", "22", "4", "gastritis", "476**", "2*", "4760*"],
        ["47678", "27", "5", "stomach cancer", "476**", "2*", "4767*"],
        ["47905", "43", "6", "gastritis", "4790*", ">=40", "4790*"],
        ["47909", "52", "11", "flu", "4790*", ">=40", "4790*"],
        ["47906", "47", "8", "bronchitis", "4790*", ">=40", "4790*"],
        ["47605", "30", "7", "bronchitis", "476**", "3*", "4760*"],
        ["47673", "36", "9", "pneumonia", "476**", "3*", "4767*"],
        ["47607", "32", "10", "stomach cancer", "476**", "3*", "4760*"],
    ]);

    /// <summary>A table with a class column <c>q</c> and a sensitive column <c>s</c>; <see langword="null"/> is missing.</summary>
    internal static Table Of(params (string Q, string? S)[] rows)
        => Table.FromRows("t", ["q", "s"], rows.Select(r => (IReadOnlyList<string?>)new[] { r.Q, r.S }));

    /// <summary>Runs the analysis of one sensitive attribute over classes on the given quasi-identifiers.</summary>
    internal static SensitiveAttributeDiversity Measure(Table table, string[] quasiIdentifiers, string sensitive, DiversityOptions? options = null)
        => DiversityAnalysis.Run(table, EquivalenceClasses.Build(table, quasiIdentifiers), [sensitive], options).Attributes[0];

    /// <summary>Runs the analysis of <c>s</c> over classes on <c>q</c>.</summary>
    internal static SensitiveAttributeDiversity Measure(Table table, DiversityOptions? options = null) => Measure(table, ["q"], "s", options);
}
