using RiskNotebooks.Data;
using RiskNotebooks.Inference;

namespace RiskNotebooks.Commands;

/// <summary>
/// <c>risknb infer</c> and <c>#!risk-infer</c>: every option with its default, the cross-option checks, and the engine's
/// options. Hosts fill it from <see cref="Table"/>; the engine is <c>RiskNotebooks.ML.AttributeInference</c>.
/// </summary>
/// <remarks>
/// The request and its options are plain data in Core, so that every host binds this table like the others' (and the
/// parity tests cover it) while Core stays free of ML.NET. In a notebook, without a file the table loaded last is
/// measured, and without <c>--qi</c> and <c>--sensitive</c> its roles (<c>#!risk-roles</c>) are used.
/// </remarks>
public sealed class InferRequest : ICommandRequest
{
    private static readonly AttributeInferenceOptions Defaults = new();

    /// <summary>The options of the command, as every host binds them.</summary>
    public static CommandTable<InferRequest> Table { get; } = new CommandTable<InferRequest>(
            "infer",
            "Attribute inference: how well an attacker who knows the quasi-identifiers predicts each sensitive attribute (Microsoft.ML, k-fold cross-validation): accuracy against the majority guess, the inference advantage with its interval, recall per value, and each quasi-identifier's contribution.")
        .AddPositional("FILE", "A CSV/TSV file with a header row. In a notebook, without it: the table loaded last.", (r, v) => r.Path = v)
        .Add("--qi", "Quasi-identifier columns, comma-separated (what an attacker knows); in a notebook, default: the roles set for the table.", OptionKind.List, (r, v) => r.QuasiIdentifiers = v.List())
        .Add("--sensitive", "Sensitive columns, comma-separated (what an attacker wants to learn); in a notebook, default: the roles set for the table.", OptionKind.List, (r, v) => r.SensitiveAttributes = v.List())
        .Add("--folds", "Cross-validation folds, 2 to 20.", OptionKind.Number, (r, v) => r.Folds = (int)v.Whole(2, 20), r => OptionValue.FormatNumber(r.Folds))
        .Add("--seed", "The seed of the folds, the permutations and the learner: the same seed gives the same figures.", OptionKind.Number, (r, v) => r.Seed = v.Int32(), r => OptionValue.FormatNumber(r.Seed))
        .Add("--trainer", "The learner: lightgbm (gradient-boosted trees), fasttree (managed trees) or sdca (linear; misses interactions).", OptionKind.Text, (r, v) => r.Trainer = ParseTrainer(v), r => r.Trainer.ToString().ToLowerInvariant(), ["lightgbm", "fasttree", "sdca"])
        .Add("--tolerance", "Numeric sensitive attributes: a prediction this close counts as disclosed, as a share of the attribute's range (0.05 or 5%).", OptionKind.Number, (r, v) => r.Tolerance = v.Number(), r => OptionValue.FormatNumber(r.Tolerance))
        .Add("--released", "A released (anonymised or synthetic) table made from FILE: the attack trains on it and is scored on FILE's records; needs --control.", OptionKind.Path, (r, v) => r.Released = v.Text)
        .Add("--control", "With --released: original records kept out of the release; the same attack on them is what any statistic would reveal, and is not counted.", OptionKind.Path, (r, v) => r.Control = v.Text)
        .Add("--match-distance", "With --released: the largest Gower distance (0 to 1) at which one released record counts as singling a person out; 0 asks for the same values.", OptionKind.Number, (r, v) => r.MatchDistance = v.Number(), r => OptionValue.FormatNumber(r.MatchDistance))
        .Add("--linkage-sample", "With --released: original and control records attacked by nearest-neighbour linkage (each sampled with the seed).", OptionKind.Number, (r, v) => r.LinkageSample = v.Int32(), r => OptionValue.FormatNumber(r.LinkageSample))
        .Add("--delimiter", "Field delimiter (',', ';', '|' or 'tab'); detected when not given.", OptionKind.Text, (r, v) => r.Delimiter = CsvLoadOptions.ParseDelimiter(v.Text), completions: [",", ";", "|", "tab"])
        .Add("--missing", "Comma-separated cell texts that mean missing (default: empty and NA).", OptionKind.List, (r, v) => r.MissingValues = MissingValues.Parse(v.Text));

    /// <summary>The file, or <see langword="null"/> for the host's default.</summary>
    public string? Path { get; set; }

    /// <summary>The quasi-identifiers; empty for the host's default.</summary>
    public IReadOnlyList<string> QuasiIdentifiers { get; set; } = [];

    /// <summary>The sensitive attributes; empty for the host's default.</summary>
    public IReadOnlyList<string> SensitiveAttributes { get; set; } = [];

    /// <summary>The cross-validation folds.</summary>
    public int Folds { get; set; } = Defaults.Folds;

    /// <summary>The seed.</summary>
    public int Seed { get; set; } = Defaults.Seed;

    /// <summary>The learner.</summary>
    public InferenceTrainer Trainer { get; set; } = Defaults.Trainer;

    /// <summary>The tolerance of numeric attributes, as a share of the range.</summary>
    public double Tolerance { get; set; } = Defaults.Tolerance;

    /// <summary>The released table, or <see langword="null"/> to measure FILE alone.</summary>
    public string? Released { get; set; }

    /// <summary>The largest Gower distance of a match for singling out.</summary>
    public double MatchDistance { get; set; } = Defaults.MatchDistance;

    /// <summary>The records attacked by nearest-neighbour linkage, per set.</summary>
    public int LinkageSample { get; set; } = Defaults.LinkageSample;

    /// <summary>The control records (with <see cref="Released"/>).</summary>
    public string? Control { get; set; }

    /// <summary>The field delimiter, or <see langword="null"/> to detect it.</summary>
    public char? Delimiter { get; set; }

    /// <summary>The cell texts that mean missing.</summary>
    public MissingValues MissingValues { get; set; } = CsvLoadOptions.Default.MissingValues;

    /// <inheritdoc/>
    public void Validate()
    {
        if (double.IsNaN(Tolerance) || Tolerance < 0 || Tolerance > 1)
        {
            throw new InvalidOptionException("--tolerance", "must be a share of the attribute's range in [0, 1], such as 0.05 or 5%.");
        }

        if (double.IsNaN(MatchDistance) || MatchDistance < 0 || MatchDistance > 1)
        {
            throw new InvalidOptionException("--match-distance", "must be a Gower distance in [0, 1], such as 0 (the same values) or 0.05.");
        }

        if (LinkageSample < 1)
        {
            throw new InvalidOptionException("--linkage-sample", "must be at least 1.");
        }

        if (Released is not null && Control is null)
        {
            throw new InvalidOptionException("--released", "needs --control: original records kept out of the release, so that what any statistic reveals is not counted as leakage.");
        }

        if (Control is not null && Released is null)
        {
            throw new InvalidOptionException("--control", "only applies with --released.");
        }

        CheckOverlap(QuasiIdentifiers, SensitiveAttributes);
    }

    /// <summary>How to read the file: the delimiter, the missing values, and only the columns needed.</summary>
    /// <param name="columns">The columns to keep, or <see langword="null"/> for all.</param>
    /// <returns>The load options.</returns>
    public CsvLoadOptions ToLoadOptions(IReadOnlyList<string>? columns = null) => new() { Delimiter = Delimiter, MissingValues = MissingValues, Columns = columns };

    /// <summary>The engine's options.</summary>
    /// <param name="quasiIdentifiers">The quasi-identifiers (those given, or the host's default).</param>
    /// <param name="sensitiveAttributes">The sensitive attributes (those given, or the host's default).</param>
    /// <returns>The options for the engine.</returns>
    /// <exception cref="InvalidOptionException">A list that is empty, or a column in both.</exception>
    public AttributeInferenceOptions ToOptions(IReadOnlyList<string> quasiIdentifiers, IReadOnlyList<string> sensitiveAttributes)
    {
        ArgumentNullException.ThrowIfNull(quasiIdentifiers);
        ArgumentNullException.ThrowIfNull(sensitiveAttributes);
        if (quasiIdentifiers.Count == 0)
        {
            throw new InvalidOptionException("--qi", "name the quasi-identifier columns, e.g. --qi age,sex,municipality.");
        }

        if (sensitiveAttributes.Count == 0)
        {
            throw new InvalidOptionException("--sensitive", "name the sensitive columns, e.g. --sensitive diagnosis.");
        }

        CheckOverlap(quasiIdentifiers, sensitiveAttributes);
        return new AttributeInferenceOptions
        {
            QuasiIdentifiers = quasiIdentifiers,
            SensitiveAttributes = sensitiveAttributes,
            Folds = Folds,
            Seed = Seed,
            Trainer = Trainer,
            Tolerance = Tolerance,
            MatchDistance = MatchDistance,
            LinkageSample = LinkageSample,
        };
    }

    private static void CheckOverlap(IReadOnlyList<string> quasiIdentifiers, IReadOnlyList<string> sensitiveAttributes)
    {
        foreach (var sensitive in sensitiveAttributes)
        {
            if (quasiIdentifiers.Contains(sensitive, StringComparer.OrdinalIgnoreCase))
            {
                throw new InvalidOptionException("--sensitive", $"'{sensitive}' is also a quasi-identifier (--qi): an attacker who knows it has nothing to infer. Remove it from one of the two lists.");
            }
        }
    }

    private static InferenceTrainer ParseTrainer(OptionValue value) => value.Text.Trim().ToLowerInvariant() switch
    {
        "lightgbm" => InferenceTrainer.LightGbm,
        "fasttree" => InferenceTrainer.FastTree,
        "sdca" => InferenceTrainer.Sdca,
        _ => throw new InvalidOptionException(value.Option, "must be lightgbm, fasttree or sdca."),
    };
}
