namespace RiskNotebooks.Commands;

/// <summary>
/// One entry of a <see cref="CommandTable"/>: an option as every host shows it (its name, description, kind, the default
/// shown in help and the values to complete), or the positional file or folder.
/// </summary>
/// <remarks>
/// Names are spelled the same in every host (<c>--top-n</c> on the command line and in a notebook). The positional
/// entry is an argument on the command line (<see cref="ArgumentName"/>, such as <c>FILE</c>) and the parameter
/// <see cref="Name"/> (<c>--path</c>) that a magic command also takes without its name.
/// </remarks>
public sealed class CommandOption
{
    internal CommandOption(string name, string description, OptionKind kind, string? defaultValue, IReadOnlyList<string> completions, string? argumentName, bool required)
    {
        Name = name;
        Description = description;
        Kind = kind;
        DefaultValue = defaultValue;
        Completions = completions;
        ArgumentName = argumentName;
        IsRequired = required;
    }

    /// <summary>The option's name with its dashes, such as <c>--top-n</c>; <c>--path</c> for the positional entry.</summary>
    public string Name { get; }

    /// <summary>What the option does, for help texts.</summary>
    public string Description { get; }

    /// <summary>The kind of value it takes.</summary>
    public OptionKind Kind { get; }

    /// <summary>The default as help shows it (such as <c>1..3</c>), or <see langword="null"/> when the description says it.</summary>
    public string? DefaultValue { get; }

    /// <summary>The values to offer for completion (fixed vocabularies only); empty otherwise.</summary>
    public IReadOnlyList<string> Completions { get; }

    /// <summary>Whether this is the positional file or folder (<c>FILE</c> on the command line).</summary>
    public bool IsPositional => ArgumentName is not null;

    /// <summary>The positional argument's name on the command line (<c>FILE</c>, <c>FOLDER|FILE</c>), or <see langword="null"/>.</summary>
    public string? ArgumentName { get; }

    /// <summary>Whether the positional argument must be given.</summary>
    public bool IsRequired { get; }

    /// <inheritdoc/>
    public override string ToString() => ArgumentName ?? Name;
}
