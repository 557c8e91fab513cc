namespace RiskNotebooks.Guidance;

/// <summary>
/// One kind of data in the <see cref="IdentifiabilityCatalogue"/>: how identifying it is, why, what lowers the risk, and
/// the published evidence.
/// </summary>
public sealed record CatalogueEntry
{
    /// <summary>The id, such as <c>whole-genome</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The name, such as "Whole genome or exome sequence".</summary>
    public required string Name { get; init; }

    /// <summary>Words a user may type for it, lower case.</summary>
    public required IReadOnlyList<string> Aliases { get; init; }

    /// <summary><c>sequence</c>, <c>image</c> or <c>derived</c>.</summary>
    public required string Kind { get; init; }

    /// <summary><c>identifying</c>, <c>grey</c> or <c>not-identifying-alone</c>.</summary>
    public required string Verdict { get; init; }

    /// <summary>Whether it is personal data: <c>always</c>, <c>usually</c>, <c>depends</c> or <c>rarely</c>.</summary>
    public required string PersonalData { get; init; }

    /// <summary>The low end of P(re-identification | a motivated attempt).</summary>
    public required double Low { get; init; }

    /// <summary>The high end of P(re-identification | a motivated attempt).</summary>
    public required double High { get; init; }

    /// <summary>Which published figure (or judgement) the range stands for.</summary>
    public required string Basis { get; init; }

    /// <summary>Why, in plain words.</summary>
    public required string Why { get; init; }

    /// <summary>Measures that lower the risk.</summary>
    public required IReadOnlyList<string> Measures { get; init; }

    /// <summary>The findings, each with its source.</summary>
    public required IReadOnlyList<CatalogueEvidence> Evidence { get; init; }

    /// <summary>Ids of related entries.</summary>
    public IReadOnlyList<string> Related { get; init; } = [];
}

/// <summary>A finding and the source that reports it.</summary>
/// <param name="Claim">The finding, with its number.</param>
/// <param name="Source">The source.</param>
public sealed record CatalogueEvidence(string Claim, CatalogueSource Source);

/// <summary>A publication the catalogue cites.</summary>
public sealed record CatalogueSource
{
    /// <summary>Its key, such as <c>gymrek-2013</c>.</summary>
    public required string Key { get; init; }

    /// <summary>The authors, as cited.</summary>
    public required string Authors { get; init; }

    /// <summary>The year.</summary>
    public required int Year { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>The journal or publisher, with volume, issue and pages where known, as one line.</summary>
    public required string Venue { get; init; }

    /// <summary>The DOI, or <see langword="null"/>.</summary>
    public string? Doi { get; init; }

    /// <summary>A URL, or <see langword="null"/>.</summary>
    public string? Url { get; init; }

    /// <summary>A note on what was checked, or <see langword="null"/>.</summary>
    public string? Note { get; init; }

    /// <summary>The citation in one line: authors (year). Title. Venue. doi.</summary>
    public string Citation => $"{Authors} ({Year}). {Title}. {Venue}." + (Doi is null ? string.Empty : $" doi:{Doi}");

    /// <summary>Short form: first author's surname et al., year.</summary>
    public string Short
    {
        get
        {
            var first = Authors.Split(',')[0].Trim();
            var surname = first.Split(' ')[0];
            return Authors.Contains(',', StringComparison.Ordinal) || Authors.Contains("et al", StringComparison.Ordinal) ? $"{surname} et al. {Year}" : $"{first} {Year}";
        }
    }
}
