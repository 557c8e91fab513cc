using RiskNotebooks.Data;

namespace RiskNotebooks.Reporting.Notebook;

/// <summary>A table loaded in a notebook session, with its profile and the roles chosen for its columns.</summary>
public sealed class LoadedTable
{
    /// <summary>Creates a loaded table; its roles start as the profiles suggest them.</summary>
    /// <param name="name">The name the notebook knows it by.</param>
    /// <param name="table">The data.</param>
    /// <param name="profiles">Its column profiles (<see cref="ColumnProfiler.Profile(Table)"/>).</param>
    public LoadedTable(string name, Table table, IReadOnlyList<ColumnProfile> profiles)
    {
        Name = name;
        Table = table;
        Profiles = profiles;
        QuasiIdentifiers = profiles.Where(p => p.SuggestedRole == ColumnRole.QuasiIdentifier).Select(p => p.Name).ToArray();
        SensitiveAttributes = profiles.Where(p => p.SuggestedRole == ColumnRole.Sensitive).Select(p => p.Name).ToArray();
        WeightColumn = profiles.FirstOrDefault(p => p.SuggestedRole == ColumnRole.Weight)?.Name;
    }

    /// <summary>The name the notebook knows it by (also the C# variable).</summary>
    public string Name { get; }

    /// <summary>The data.</summary>
    public Table Table { get; }

    /// <summary>Column profiles with suggested roles.</summary>
    public IReadOnlyList<ColumnProfile> Profiles { get; }

    /// <summary>The quasi-identifiers: suggested at load, set with <c>#!risk-roles</c>.</summary>
    public IReadOnlyList<string> QuasiIdentifiers { get; set; }

    /// <summary>The sensitive attributes.</summary>
    public IReadOnlyList<string> SensitiveAttributes { get; set; }

    /// <summary>The sampling weight column, if any.</summary>
    public string? WeightColumn { get; set; }

    /// <summary>The household id column, if any.</summary>
    public string? HouseholdColumn { get; set; }
}
