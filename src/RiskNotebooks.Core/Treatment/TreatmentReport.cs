using RiskNotebooks.Registry;

namespace RiskNotebooks.Treatment;

/// <summary>A treatment measured: the transformation chosen (searched or given), the release, and every registry measure before and after.</summary>
public sealed class TreatmentReport
{
    internal TreatmentReport(string source, AnonymizationSettings settings, AnonymizationResult? search, TransformationEvaluation? chosen, InformationLoss? loss, ReidentificationReport before, ReidentificationReport? after, ReleaseSummary? release, IReadOnlyList<(string Column, string Algorithm)> plainHashes, LocalSuppressionResult? localSuppression = null)
    {
        Source = source;
        Settings = settings;
        Search = search;
        Chosen = chosen;
        Loss = loss;
        Before = before;
        After = after;
        Release = release;
        PlainHashes = plainHashes;
        LocalSuppression = localSuppression;
    }

    /// <summary>The cells set to missing by local suppression after the generalisation, or <see langword="null"/> for none.</summary>
    public LocalSuppressionResult? LocalSuppression { get; }

    /// <summary>The input's file name (no folder).</summary>
    public string Source { get; }

    /// <summary>The settings.</summary>
    public AnonymizationSettings Settings { get; }

    /// <summary>The search, or <see langword="null"/> when the levels were given.</summary>
    public AnonymizationResult? Search { get; }

    /// <summary>The transformation applied (the optimum, or the given levels); <see langword="null"/> when the search found none that meets the targets.</summary>
    public TransformationEvaluation? Chosen { get; }

    /// <summary>The chosen transformation's information loss, in every metric.</summary>
    public InformationLoss? Loss { get; }

    /// <summary>The registry measures of the input, on the quasi-identifiers.</summary>
    public ReidentificationReport Before { get; }

    /// <summary>The same measures on the released table (suppressed records, all <c>*</c>, form one class), or <see langword="null"/> without a release.</summary>
    public ReidentificationReport? After { get; }

    /// <summary>What was written, or <see langword="null"/> when no file was asked for.</summary>
    public ReleaseSummary? Release { get; }

    /// <summary>Columns that hold plain, unsalted hashes: pseudonyms that can be reversed by enumeration.</summary>
    public IReadOnlyList<(string Column, string Algorithm)> PlainHashes { get; }
}
