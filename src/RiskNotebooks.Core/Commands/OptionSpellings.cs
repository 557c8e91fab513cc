using System.Collections.Frozen;

namespace RiskNotebooks.Commands;

/// <summary>
/// The engine's option names (the properties of its options objects, such as <c>Threshold</c>) as the command line and
/// the notebooks spell them (<c>--threshold</c>): the engine never spells a flag, the hosts show one.
/// </summary>
/// <remarks>
/// One table for every command: a property name means the same option wherever it appears (<c>QuasiIdentifiers</c> is
/// <c>--qi</c> in reid, anonymize and infer alike). A name that is not in the table is shown as it is.
/// </remarks>
public static class OptionSpellings
{
    private static readonly FrozenDictionary<string, string> Flags = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Registry
        ["QuasiIdentifiers"] = "--qi",
        ["Population"] = "--population",
        ["SamplingFraction"] = "--sampling-fraction",
        ["PopulationTable"] = "--population-table",
        ["Threshold"] = "--threshold",
        ["WeightColumn"] = "--weight",
        ["HouseholdColumn"] = "--household",
        ["MissingWeight"] = "--missing-weight",
        ["AnalyzeSubsets"] = "--subsets",
        ["MaxSubsetSize"] = "--max-subset-size",
        ["SensitiveAttributes"] = "--sensitive",
        ["RecursiveC"] = "--recursive-c",
        ["Suda"] = "--suda",
        ["DisFraction"] = "--dis-fraction",
        ["MaxMsuSize"] = "--max-msu-size",
        ["Delimiter"] = "--delimiter",

        // Files and reports
        ["Output"] = "--output",
        ["MinimumCellSize"] = "--min-cell-size",

        // Treatment
        ["Hierarchies"] = "--hierarchies",
        ["specification"] = "--build",
        ["transformation"] = "--generalize",
        ["Targets"] = "--target",
        ["MaximumLevels"] = "--max-levels",
        ["SuppressionLimit"] = "--max-suppression",
        ["Metric"] = "--metric",
        ["SensitiveAttribute"] = "--sensitive",
        ["K"] = "--local-suppression",
        ["Importance"] = "--importance",
        ["Strata"] = "--strata",
        ["RemoveColumns"] = "--remove",
        ["PseudonymizeColumns"] = "--pseudonymize",
        ["Key"] = "--key-file",

        // Inference, genomics, imaging
        ["released"] = "--released",
        ["Folds"] = "--folds",
        ["MatchDistance"] = "--match-distance",
        ["LinkageSample"] = "--linkage-sample",
        ["Target"] = "--target",
        ["MinDistance"] = "--min-distance",
        ["FrequencyTable"] = "--frequency-table",
        ["MinSlices"] = "--min-slices",
        ["MaxSliceThickness"] = "--max-slice-thickness",

        // Text
        ["Language"] = "--lang",
        ["MinimumConfidence"] = "--min-confidence",
        ["RedactTo"] = "--redact",

        // Location
        ["Spatial"] = "--spatial",
        ["Temporal"] = "--temporal",
        ["Antennas"] = "--antennas",
        ["Grid"] = "--grid",
        ["GridPoints"] = "--grid-points",
        ["TopN"] = "--top-n",
        ["Points"] = "--points",
        ["DrawsPerUser"] = "--draws",
        ["ExactLimit"] = "--exact-limit",
        ["ConfidenceLevel"] = "--confidence",
        ["Attack"] = "--attack",
        ["KnowledgeLength"] = "--k",
        ["Tolerance"] = "--tolerance",
        ["TimePrecision"] = "--time-precision",
        ["Compatibility"] = "--compat",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The flag of an engine option, such as <c>--threshold</c> for <c>Threshold</c>.</summary>
    /// <param name="optionName">The engine's name of the option (a property or parameter name).</param>
    /// <returns>The flag, or <see langword="null"/> when the name is not an engine option's (a flag already, for example).</returns>
    public static string? FlagOf(string optionName)
    {
        ArgumentNullException.ThrowIfNull(optionName);
        return Flags.GetValueOrDefault(optionName);
    }

    /// <summary>
    /// An error as a host shows it: an engine option's name spelled as its flag, in an option's error and where a file's
    /// error mentions an option (such as <c>WeightColumn</c> or <c>Delimiter</c>); any other error as it is.
    /// </summary>
    /// <param name="error">The error.</param>
    /// <returns>The error to show.</returns>
    public static RiskNotebooksException ForHost(RiskNotebooksException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error switch
        {
            InvalidOptionException option => option.Respell(FlagOf),
            InputFormatException input => input.Respell(FlagOf),
            UnknownColumnException column => column.Respell(FlagOf),
            _ => error,
        };
    }
}
