using RiskNotebooks.Commands;

namespace RiskNotebooks.Reporting.Notebook;

/// <summary>What a notebook-only option of a magic command names.</summary>
public enum HostOptionRole
{
    /// <summary>A loaded table of the session (completions: the tables' names).</summary>
    Table,

    /// <summary>A C# variable to publish the command's result as.</summary>
    Variable,

    /// <summary>The name a loaded table gets, also a C# variable when given (<c>#!risk-load --name</c>).</summary>
    TableAndVariable,
}

/// <summary>An option a notebook host adds to a command's table: a table to work on, or a variable to publish.</summary>
/// <param name="Name">The option, such as <c>--as</c>.</param>
/// <param name="Description">What it does.</param>
/// <param name="Role">What it names.</param>
public sealed record HostOption(string Name, string Description, HostOptionRole Role);

/// <summary>
/// One magic command as every notebook host offers it: its name, its option table (shared with the command line where
/// the command has one), the options only notebooks have, and an example for the help.
/// </summary>
/// <param name="Name">The command, such as <c>#!reid</c>.</param>
/// <param name="Table">Its options.</param>
/// <param name="HostOptions">The notebook-only options.</param>
/// <param name="Example">A line that runs it on the bundled data, from the <c>notebooks/</c> folder.</param>
public sealed record MagicCommand(string Name, CommandTable Table, IReadOnlyList<HostOption> HostOptions, string Example)
{
    /// <summary>Options whose values are column names of the current table (completed from it).</summary>
    public static IReadOnlySet<string> ColumnOptions { get; } = new HashSet<string>(StringComparer.Ordinal) { "--qi", "--sensitive", "--weight", "--household" };

    /// <summary>What the command does.</summary>
    public string Description => Table.Description;

    /// <summary>Every option name: the table's (the positional one as <c>--path</c>) and the host's.</summary>
    public IEnumerable<string> OptionNames => Table.Options.Select(o => o.Name).Concat(HostOptions.Select(o => o.Name));

    /// <summary>The host option of a role, or <see langword="null"/>.</summary>
    /// <param name="roles">The roles to look for.</param>
    /// <returns>The option.</returns>
    public HostOption? HostOptionFor(params HostOptionRole[] roles) => HostOptions.FirstOrDefault(o => roles.Contains(o.Role));
}
