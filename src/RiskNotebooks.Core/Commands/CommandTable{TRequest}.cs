namespace RiskNotebooks.Commands;

/// <summary>
/// A <see cref="CommandTable"/> that can fill its request: each entry has the setter that reads its text into the request,
/// and the default that help shows is read from a new request, so it is defined once, in the request.
/// </summary>
/// <typeparam name="TRequest">The request type.</typeparam>
public sealed class CommandTable<TRequest> : CommandTable
    where TRequest : class, ICommandRequest, new()
{
    private readonly List<CommandOption> options = [];
    private readonly Dictionary<string, Action<TRequest, OptionValue>> setters = new(StringComparer.Ordinal);
    private readonly TRequest defaults = new();

    /// <summary>Creates an empty table.</summary>
    /// <param name="command">The command's name, such as <c>location</c>.</param>
    /// <param name="description">What the command does.</param>
    public CommandTable(string command, string description)
        : base(command, description)
    {
    }

    /// <inheritdoc/>
    public override IReadOnlyList<CommandOption> Options => options;

    /// <summary>Adds the positional file or folder: <paramref name="argumentName"/> on the command line, <c>--path</c> (or unnamed) in a notebook.</summary>
    /// <param name="argumentName">The argument's name on the command line, such as <c>FILE</c>.</param>
    /// <param name="description">What it is.</param>
    /// <param name="set">Stores the path in the request.</param>
    /// <param name="required">Whether it must be given.</param>
    /// <returns>This table.</returns>
    public CommandTable<TRequest> AddPositional(string argumentName, string description, Action<TRequest, string> set, bool required = false)
    {
        ArgumentNullException.ThrowIfNull(set);
        return Add(new CommandOption("--path", description, OptionKind.Path, null, [], argumentName, required), (r, v) => set(r, v.Text));
    }

    /// <summary>Adds an option.</summary>
    /// <param name="name">Its name with dashes, such as <c>--top-n</c>.</param>
    /// <param name="description">What it does.</param>
    /// <param name="kind">The kind of value.</param>
    /// <param name="set">Reads the value into the request (and throws <see cref="InvalidOptionException"/> for a bad one).</param>
    /// <param name="shownDefault">The default as help shows it, read from a new request; <see langword="null"/> for none.</param>
    /// <param name="completions">The values to complete, for options with a fixed vocabulary.</param>
    /// <returns>This table.</returns>
    public CommandTable<TRequest> Add(string name, string description, OptionKind kind, Action<TRequest, OptionValue> set, Func<TRequest, string?>? shownDefault = null, IEnumerable<string>? completions = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!name.StartsWith("--", StringComparison.Ordinal))
        {
            throw new ArgumentException("Option names start with --.", nameof(name));
        }

        return Add(new CommandOption(name, description, kind, shownDefault?.Invoke(defaults), completions?.ToArray() ?? [], null, false), set);
    }

    private CommandTable<TRequest> Add(CommandOption option, Action<TRequest, OptionValue> set)
    {
        if (!setters.TryAdd(option.Name, set))
        {
            throw new ArgumentException($"The table of {Command} already has {option.Name}.", nameof(option));
        }

        if (option.IsPositional)
        {
            options.Insert(0, option);
        }
        else
        {
            options.Add(option);
        }

        return this;
    }

    /// <summary>Sets one option of a request from its text.</summary>
    /// <param name="request">The request.</param>
    /// <param name="name">The option's name (<c>--path</c> or the argument name for the positional one).</param>
    /// <param name="text">The text given; <c>true</c> or <c>false</c> for a flag.</param>
    /// <exception cref="InvalidOptionException">The command has no such option, or the text cannot be read.</exception>
    public void Set(TRequest request, string name, string text)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(text);
        var option = Find(name) ?? throw new InvalidOptionException(name, $"is not an option of {Command}.");
        try
        {
            setters[option.Name](request, new OptionValue(option.Name, text));
        }
        catch (InvalidOptionException e) when (e.Respell(OptionSpellings.FlagOf) != e)
        {
            throw e.Respell(OptionSpellings.FlagOf);
        }
    }

    /// <summary>Creates a request with its defaults, sets the values given, and validates it.</summary>
    /// <param name="values">Option names and texts (see <see cref="Set"/>).</param>
    /// <returns>The validated request.</returns>
    /// <exception cref="InvalidOptionException">An unknown option, a value that cannot be read, or options that do not go together.</exception>
    public TRequest Bind(IEnumerable<KeyValuePair<string, string>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var request = new TRequest();
        foreach (var (name, text) in values)
        {
            Set(request, name, text);
        }

        try
        {
            request.Validate();
        }
        catch (InvalidOptionException e) when (e.Respell(OptionSpellings.FlagOf) != e)
        {
            throw e.Respell(OptionSpellings.FlagOf);
        }

        return request;
    }

    /// <inheritdoc/>
    public override ICommandRequest BindRequest(IEnumerable<KeyValuePair<string, string>> values) => Bind(values);
}
