namespace RiskNotebooks.Assessment;

/// <summary>
/// The controls the model knows and the threat paths they guard: the one place where "what closes which path" is written
/// down, so that a trainer can read it and a notebook can show it.
/// </summary>
/// <remarks>
/// <para>The controls are those of the issue that introduced the model (technical: strong authentication, encrypted
/// storage, transfer and backups, limited physical access, logical separation of projects, a logged export gateway;
/// organisational and data: classification, pseudonymisation or anonymisation, access-privilege routines owned by the
/// principal investigator, staff training, data-use agreements, log review). They match the security and privacy
/// controls El Emam &amp; Arbuckle (<i>Anonymizing Health Data</i>, 2013) count when they lower the probability of an
/// attempt for a non-public release.</para>
/// <para>Which paths exist: a public release has only the recipient path (everyone is a recipient); data shared under an
/// agreement leave the environment, so there is no export path; internal use has no recipient; a secure enclave has all
/// five.</para>
/// </remarks>
public static class ControlCatalog
{
    /// <summary>Every control the model knows, in a stable order.</summary>
    public static IReadOnlyList<ControlDefinition> Controls { get; } =
    [
        new("strong-authentication", "Strong authentication", "Multi-factor authentication for every account that can reach the data.", ControlStrength.Strong),
        new("encrypted-storage", "Encrypted storage", "Data encrypted at rest, on servers and on any portable medium; keys held apart from the data.", ControlStrength.Strong),
        new("encrypted-transfer", "Encrypted transfer", "Data move only over encrypted channels or in encrypted containers; never as plain e-mail attachments.", ControlStrength.Strong),
        new("limited-physical-access", "Limited physical access", "Servers, media and backups in locked rooms with access control and a record of who entered.", ControlStrength.Moderate),
        new("project-separation", "Logical separation of projects", "Each project sees only its own data: separate storage areas, groups and desktops.", ControlStrength.Moderate),
        new("logged-export-gateway", "Exports only through a logged gateway", "Nothing leaves the environment except through a gateway that records what left and who sent it.", ControlStrength.Strong),
        new("encrypted-backups", "Encrypted backups", "Backups are encrypted and their keys held apart from them.", ControlStrength.Strong),
        new("data-classified", "Data classified", "The data carry a classification that says how they may be handled, stored and exported.", ControlStrength.Moderate),
        new("pseudonymised", "Pseudonymised", "Direct identifiers replaced by codes; the key is held by someone outside the project.", ControlStrength.Moderate),
        new("anonymised", "Anonymised before access", "Quasi-identifiers generalised or suppressed before anyone gets access (the measured probability of re-identification still comes from the data).", ControlStrength.Strong),
        new("access-privilege-routines", "Access-privilege routines owned by the principal investigator", "Who may see what is decided, recorded and reviewed by the principal investigator; access ends when someone leaves the project.", ControlStrength.Moderate),
        new("staff-training", "Staff training", "Everyone with access is trained in confidentiality and in the rules of the project.", ControlStrength.Moderate),
        new("data-use-agreement", "Data-use agreement", "A signed agreement forbids re-identification, linkage and onward sharing, with sanctions.", ControlStrength.Moderate),
        new("log-review", "Log review", "Access and export logs are reviewed regularly by someone other than the users.", ControlStrength.Moderate),
    ];

    /// <summary>The threat paths, in the order of <see cref="ThreatPath"/>.</summary>
    public static IReadOnlyList<ThreatPathDefinition> Paths { get; } =
    [
        new(
            ThreatPath.ExternalAttacker,
            "An outsider breaks into the systems that hold the data, or intercepts them in transfer.",
            [ReleaseSetting.SharedUnderAgreement, ReleaseSetting.SecureEnclave, ReleaseSetting.Internal],
            [
                new("authentication: only the right people log in", "strong-authentication"),
                new("encryption in transfer", "encrypted-transfer"),
                new("encryption at rest", "encrypted-storage"),
                new("separation: a breach of one project does not open the others", "project-separation"),
            ]),
        new(
            ThreatPath.Insider,
            "Someone with legitimate access looks people up or misuses the data.",
            [ReleaseSetting.SharedUnderAgreement, ReleaseSetting.SecureEnclave, ReleaseSetting.Internal],
            [
                new("least privilege: access only to what the task needs", "access-privilege-routines"),
                new("identities hidden from the people who work with the data", "pseudonymised", "anonymised"),
                new("accountability: someone reads the logs", "log-review"),
                new("awareness of the rules and of the sanctions", "staff-training"),
            ]),
        new(
            ThreatPath.ExportOfResults,
            "Results leave the environment and carry records, small cells or identifying detail with them.",
            [ReleaseSetting.SecureEnclave, ReleaseSetting.Internal],
            [
                new("a controlled exit: exports only through a recorded gateway", "logged-export-gateway"),
                new("exports checked by someone else", "log-review"),
                new("handling rules known for the data", "data-classified"),
            ]),
        new(
            ThreatPath.PhysicalMediaAndBackups,
            "Disks, laptops, USB media or backups are lost or stolen.",
            [ReleaseSetting.SharedUnderAgreement, ReleaseSetting.SecureEnclave, ReleaseSetting.Internal],
            [
                new("backups unreadable without their key", "encrypted-backups"),
                new("media unreadable without their key", "encrypted-storage"),
                new("physical access limited and recorded", "limited-physical-access"),
            ]),
        new(
            ThreatPath.RecipientLinking,
            "A recipient of the data links it with other sources they hold or can get.",
            [ReleaseSetting.PublicRelease, ReleaseSetting.SharedUnderAgreement, ReleaseSetting.SecureEnclave],
            [
                new("a binding promise not to re-identify or link", "data-use-agreement"),
                new("identities hidden from the recipient", "pseudonymised", "anonymised"),
                new("awareness of the rules and of the sanctions", "staff-training"),
            ]),
    ];

    /// <summary>The control with this id (case-insensitive), or <see langword="null"/>.</summary>
    /// <param name="id">The id, e.g. <c>log-review</c>.</param>
    /// <returns>The definition, or <see langword="null"/>.</returns>
    public static ControlDefinition? Find(string? id)
        => id is null ? null : Controls.FirstOrDefault(c => string.Equals(c.Id, id.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The control with this id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="InvalidOptionException">No control has that id.</exception>
    public static ControlDefinition Get(string id)
        => Find(id) ?? throw new InvalidOptionException("control", $"no control is called '{id}'. Known controls: {string.Join(", ", Controls.Select(c => c.Id))}.");

    /// <summary>The definition of a path.</summary>
    /// <param name="path">The path.</param>
    /// <returns>Its definition.</returns>
    public static ThreatPathDefinition Path(ThreatPath path) => Paths.First(p => p.Path == path);
}
