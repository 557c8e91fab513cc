namespace RiskNotebooks.Commands;

/// <summary>
/// The options of one command (reid, location, text, assess) as every host binds them: the command line builds its
/// options from it, the notebook extension and the kernel their magic command's parameters. A new option is added to
/// the table of its request and appears in every host.
/// </summary>
public abstract class CommandTable
{
    private protected CommandTable(string command, string description)
    {
        Command = command;
        Description = description;
    }

    /// <summary>The command's name on the command line, such as <c>location</c>.</summary>
    public string Command { get; }

    /// <summary>What the command does.</summary>
    public string Description { get; }

    /// <summary>The entries, the positional one (if any) first.</summary>
    public abstract IReadOnlyList<CommandOption> Options { get; }

    /// <summary>The positional file or folder, or <see langword="null"/>.</summary>
    public CommandOption? Positional => Options.FirstOrDefault(o => o.IsPositional);

    /// <summary>Finds an entry by name (<c>--top-n</c>; <c>--path</c> or the argument name for the positional one).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The entry, or <see langword="null"/>.</returns>
    public CommandOption? Find(string name)
        => Options.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.Ordinal) || string.Equals(o.ArgumentName, name, StringComparison.Ordinal));

    /// <summary>Creates a request with its defaults, sets the values given, and validates it.</summary>
    /// <param name="values">Option names (as in <see cref="CommandOption.Name"/>) and their texts; a flag's text is <c>true</c> or <c>false</c>.</param>
    /// <returns>The validated request (of the table's request type).</returns>
    /// <exception cref="InvalidOptionException">An unknown option, a value that cannot be read, or options that do not go together.</exception>
    public abstract ICommandRequest BindRequest(IEnumerable<KeyValuePair<string, string>> values);
}
