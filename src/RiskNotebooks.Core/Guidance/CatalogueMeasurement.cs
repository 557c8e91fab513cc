using System.Globalization;
using RiskNotebooks.Assessment;

namespace RiskNotebooks.Guidance;

/// <summary>
/// An asset's P(re-id | attempt) taken from the <see cref="IdentifiabilityCatalogue"/>: the entry's range, its low end
/// as the average risk and its high end as the highest, with the published figure and sources as the method.
/// </summary>
public sealed class CatalogueMeasurement : IReidentificationMeasurement
{
    /// <summary>Creates the measurement of a catalogue entry.</summary>
    /// <param name="entry">The entry.</param>
    public CatalogueMeasurement(CatalogueEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        Entry = entry;
        var sources = string.Join("; ", entry.Evidence.Select(e => e.Source.Short).Distinct(StringComparer.Ordinal));
        Method = string.Create(CultureInfo.InvariantCulture, $"identifiability catalogue, {entry.Id}: {entry.Low:0.##}–{entry.High:0.##}. {entry.Basis}") + (sources.Length > 0 ? $" Sources: {sources}." : string.Empty);
    }

    /// <summary>The entry.</summary>
    public CatalogueEntry Entry { get; }

    /// <inheritdoc/>
    public string Source => $"catalogue: {Entry.Name}";

    /// <inheritdoc/>
    public string Method { get; }

    /// <inheritdoc/>
    public double AverageRisk => Entry.Low;

    /// <inheritdoc/>
    public double HighestRisk => Entry.High;
}
