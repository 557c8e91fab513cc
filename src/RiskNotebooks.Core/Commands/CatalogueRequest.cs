using RiskNotebooks.Guidance;

namespace RiskNotebooks.Commands;

/// <summary>
/// <c>risknb catalogue</c> and <c>#!risk-catalogue</c>: how identifying a kind of sequence data or clinical image is,
/// from the identifiability catalogue. Hosts fill it from <see cref="Table"/>.
/// </summary>
public sealed class CatalogueRequest : ICommandRequest
{
    /// <summary>The options of the command, as every host binds them.</summary>
    public static CommandTable<CatalogueRequest> Table { get; } = new CommandTable<CatalogueRequest>(
            "catalogue",
            "Is it personal data, and how identifying is it? The identifiability catalogue of sequence data and clinical images: a verdict, a range for P(re-id | attempt), why, measures, and the published evidence.")
        .AddPositional("TYPE", "An entry's id or a word for it (whole-genome, wgs, rnaseq, microbiome, mri, dicom, ...). Without it: every entry, one line each.", (r, v) => r.Type = v)
        .Add("--catalogue", "Read this catalogue file instead of the bundled one (same schema: datasets/schemas/identifiability-catalogue.schema.json).", OptionKind.Path, (r, v) => r.CatalogueFile = v.Text);

    /// <summary>The entry asked for, or <see langword="null"/> for all.</summary>
    public string? Type { get; set; }

    /// <summary>A catalogue file, or <see langword="null"/> for the bundled one.</summary>
    public string? CatalogueFile { get; set; }

    /// <inheritdoc/>
    public void Validate()
    {
        if (Type is not null && string.IsNullOrWhiteSpace(Type))
        {
            throw new InvalidOptionException("TYPE", "give an entry's id or a word for it, or nothing for every entry.");
        }
    }

    /// <summary>Reads the catalogue (checking the file first) and finds the entry asked for.</summary>
    /// <returns>The catalogue, and the entry or <see langword="null"/> for all.</returns>
    /// <exception cref="InvalidOptionException">No such entry, or the file cannot be used.</exception>
    /// <exception cref="InputFormatException">The catalogue file is not valid.</exception>
    public (IdentifiabilityCatalogue Catalogue, CatalogueEntry? Entry) Resolve()
    {
        Validate();
        var catalogue = CatalogueFile is { } file ? IdentifiabilityCatalogue.Load(Data.InputFile.RequireReadable(file, "--catalogue")) : IdentifiabilityCatalogue.Default;
        return (catalogue, Type is null ? null : catalogue.Get(Type, "TYPE"));
    }
}
