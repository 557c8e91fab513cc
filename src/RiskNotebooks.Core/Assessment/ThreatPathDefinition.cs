namespace RiskNotebooks.Assessment;

/// <summary>A threat path of the model: the settings in which it exists and the safeguards that close it.</summary>
public sealed class ThreatPathDefinition
{
    private readonly ReleaseSetting[] settings;

    internal ThreatPathDefinition(ThreatPath path, string description, ReleaseSetting[] settings, Safeguard[] safeguards)
    {
        Path = path;
        Description = description;
        this.settings = settings;
        Safeguards = safeguards;
    }

    /// <summary>The path.</summary>
    public ThreatPath Path { get; }

    /// <summary>Who comes this way and how.</summary>
    public string Description { get; }

    /// <summary>What closes the path; all are needed.</summary>
    public IReadOnlyList<Safeguard> Safeguards { get; }

    /// <summary>The settings in which the path exists.</summary>
    public IReadOnlyList<ReleaseSetting> Settings => settings;

    /// <summary>Whether the path exists in a setting.</summary>
    /// <param name="setting">The setting.</param>
    /// <returns><see langword="true"/> when someone can come this way in that setting.</returns>
    public bool AppliesTo(ReleaseSetting setting) => Array.IndexOf(settings, setting) >= 0;

    /// <inheritdoc/>
    public override string ToString() => Vocabulary.Id(Path);
}
