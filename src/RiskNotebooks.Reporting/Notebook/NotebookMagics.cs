using RiskNotebooks.Commands;

namespace RiskNotebooks.Reporting.Notebook;

/// <summary>A value a magic command publishes as a C# variable, because the user named one.</summary>
/// <param name="Option">The option that named it (<c>--name</c>, <c>--as</c>).</param>
/// <param name="Name">The variable.</param>
/// <param name="Value">Its value.</param>
public sealed record PublishedResult(string Option, string Name, object Value);

/// <summary>What one magic command line produced: the items to display, in order, and the variable to publish, if named.</summary>
/// <param name="Displays">The items to display (reports, charts, <see cref="LoadedTable"/>, <see cref="HtmlFragment"/>).</param>
/// <param name="Published">The variable to publish, or <see langword="null"/>.</param>
public sealed record MagicResult(IReadOnlyList<object> Displays, PublishedResult? Published);

/// <summary>
/// Every magic command, host-neutral: the catalogue a host registers (<see cref="Commands"/>), and the one place that
/// runs a command from its option values (<see cref="Run"/>) or from a cell's line (<see cref="RunLine"/>), and completes
/// a line (<see cref="Complete"/>). The .NET Interactive extension binds its directives to it; our kernel parses lines
/// with <see cref="MagicLine"/>. Hosts only format the displays and publish the variable.
/// </summary>
public sealed class NotebookMagics
{
    private const string VariableText = "A C# variable to publish the result as (none by default).";
    private readonly Func<string, bool> isVariableName;

    /// <summary>Creates the commands of a session.</summary>
    /// <param name="session">The session they keep their state in.</param>
    /// <param name="isVariableName">Whether a text may be a C# variable's name in the host (an identifier, not a keyword).</param>
    public NotebookMagics(NotebookSession session, Func<string, bool> isVariableName)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(isVariableName);
        Session = session;
        this.isVariableName = isVariableName;
    }

    /// <summary>The session.</summary>
    public NotebookSession Session { get; }

    /// <summary>Every magic command, in the order the help lists them.</summary>
    public static IReadOnlyList<MagicCommand> Commands { get; } =
    [
        new("#!risk-load", LoadRequest.Table, [new("--name", "The table's name in this notebook (default: the file name); when given, also a C# variable of that name.", HostOptionRole.TableAndVariable)], "#!risk-load ../datasets/demo-registry/demo-registry.csv --name registry"),
        new("#!risk-roles", RolesRequest.Table, [new("--name", "The table (default: the last loaded).", HostOptionRole.Table)], "#!risk-roles --qi birth_date,sex,postcode --sensitive diagnosis"),
        new("#!reid", ReidRequest.Table, [new("--name", "The table (default: the last loaded; with a file, the name it is loaded as).", HostOptionRole.Table), new("--as", "A C# variable to publish the report as (none by default).", HostOptionRole.Variable)], "#!reid --sampling-fraction 0.01"),
        new("#!risk-heatmap", HeatmapRequest.Table, [new("--name", "The table (default: the last loaded).", HostOptionRole.Table)], "#!risk-heatmap --kind subsets"),
        new("#!risk-assess", AssessRequest.Table, [new("--name", VariableText, HostOptionRole.Variable)], "#!risk-assess ../datasets/assessments/demo-registry-enclave.assessment.json --without log-review"),
        new("#!risk-matrix", NoOptionsRequest.Matrix, [], "#!risk-matrix"),
        new("#!risk-text", TextRequest.Table, [new("--name", VariableText, HostOptionRole.Variable)], "#!risk-text ../datasets/text"),
        new("#!risk-location", LocationRequest.Table, [new("--name", VariableText, HostOptionRole.Variable)], "#!risk-location ../datasets/mobility/traces_100.csv --grid"),
        new("#!risk-genome", GenomeRequest.Table, [new("--name", VariableText, HostOptionRole.Variable)], "#!risk-genome ../datasets/genomics/synthetic-cohort.vcf.gz --population 10500000 --min-distance 100000"),
        new("#!risk-catalogue", CatalogueRequest.Table, [new("--name", VariableText, HostOptionRole.Variable)], "#!risk-catalogue rnaseq"),
        new("#!risk-dicom", DicomRequest.Table, [new("--name", VariableText, HostOptionRole.Variable)], "#!risk-dicom ../datasets/dicom/samples"),
        new("#!risk-infer", InferRequest.Table, [new("--name", "The table (default: the last loaded; with a file, the name it is loaded as).", HostOptionRole.Table), new("--as", "A C# variable to publish the report as (none by default).", HostOptionRole.Variable)], "#!risk-infer --qi age_band,sex,municipality --sensitive diagnosis"),
        new("#!risk-whatif", WhatIfRequest.Table, [new("--name", "The table (default: the last loaded; with a file, the name it is loaded as).", HostOptionRole.Table), new("--as", "A C# variable to publish the report as (none by default).", HostOptionRole.Variable)], "#!risk-whatif --build age=interval:10 --generalize age:1 --suppress k=5"),
        new("#!risk-anonymize", AnonymizeRequest.Table, [new("--name", "The table (default: the last loaded; with a file, the name it is loaded as).", HostOptionRole.Table), new("--as", "A C# variable to publish the report as (none by default).", HostOptionRole.Variable)], "#!risk-anonymize --build age=interval:10 --target k=5 --max-suppression 0.02"),
        new("#!risk-export", ExportRequest.Table, [], "#!risk-export registry-risk.html"),
        new("#!risk-help", NoOptionsRequest.Help, [], "#!risk-help"),
    ];

    /// <summary>The command of a name (<c>#!reid</c>), or <see langword="null"/>.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The command.</returns>
    public static MagicCommand? Find(string name) => Commands.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));

    /// <summary>Whether a cell is a cell of magic commands: its first line that is not blank starts with <c>#!</c>.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>True for a magic cell.</returns>
    public static bool IsMagicCell(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) is { } first && first.StartsWith("#!", StringComparison.Ordinal);
    }

    /// <summary>Runs one line of a magic cell, such as <c>#!reid --qi sex,county --as report</c>.</summary>
    /// <param name="line">The line.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <param name="progress">Receives the progress of the long commands (reid, location, anonymize); <see langword="null"/> for none.</param>
    /// <returns>What to display and publish.</returns>
    /// <exception cref="InvalidOptionException">Not a known command, an unknown option, a value that cannot be read, or a command that fails (names the option, never a value of the data).</exception>
    public MagicResult RunLine(string line, CancellationToken cancellationToken = default, IProgress<AnalysisProgress>? progress = null)
    {
        var parsed = MagicLine.Parse(line);
        var command = Find(parsed.Command) ?? throw new InvalidOptionException(parsed.Command, $"is not a RiskNotebooks magic command. Known: {string.Join(", ", Commands.Select(c => c.Name))}.");
        return Run(command.Name, parsed.Values(command.Table, command.HostOptions.Select(o => o.Name).ToArray()), cancellationToken, progress);
    }

    /// <summary>Runs a command with the option values a host read (table options and host options, by name).</summary>
    /// <param name="name">The command, such as <c>#!reid</c>.</param>
    /// <param name="values">The options given and their texts (flags as <c>true</c>); the positional value as <c>--path</c>.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <param name="progress">Receives the progress of the long commands (reid, location, anonymize); <see langword="null"/> for none.</param>
    /// <returns>What to display and publish.</returns>
    /// <exception cref="InvalidOptionException">An option that is not the command's, a value that cannot be read, or a command that fails.</exception>
    public MagicResult Run(string name, IReadOnlyList<KeyValuePair<string, string>> values, CancellationToken cancellationToken = default, IProgress<AnalysisProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        var command = Find(name) ?? throw new InvalidOptionException(name, "is not a RiskNotebooks magic command.");
        var host = new Dictionary<string, string>(StringComparer.Ordinal);
        var table = new List<KeyValuePair<string, string>>();
        foreach (var (option, text) in values)
        {
            if (command.HostOptions.Any(o => o.Name == option))
            {
                if (!host.TryAdd(option, text))
                {
                    throw new InvalidOptionException(option, "is given twice.");
                }
            }
            else
            {
                table.Add(new(option, text));
            }
        }

        // The variable's name is checked before any work: a long measurement should not end in a naming error.
        var variable = command.HostOptionFor(HostOptionRole.Variable, HostOptionRole.TableAndVariable);
        var variableName = variable is not null && host.TryGetValue(variable.Name, out var given) ? given : null;
        if (variableName is not null && !isVariableName(variableName))
        {
            throw new InvalidOptionException(variable!.Name, "must be a C# identifier (letters, digits and _, not starting with a digit, not a keyword).");
        }

        var tableName = command.HostOptionFor(HostOptionRole.Table, HostOptionRole.TableAndVariable) is { } t && host.TryGetValue(t.Name, out var tn) ? tn : null;
        var request = command.Table.BindRequest(table);
        var (displays, result) = Execute(command.Name, request, tableName, cancellationToken, progress);
        return new MagicResult(displays, variableName is not null && result is not null ? new PublishedResult(variable!.Name, variableName, result) : null);
    }

    private (IReadOnlyList<object> Displays, object? Result) Execute(string name, ICommandRequest request, string? tableName, CancellationToken cancellationToken, IProgress<AnalysisProgress>? progress)
    {
        switch (request)
        {
            case LoadRequest load:
                var loaded = NotebookCommands.Load(Session, load.Path!, load.ToLoadOptions(), tableName, cancellationToken);
                return ([loaded], loaded.Table);
            case RolesRequest roles:
                return Outcome(NotebookCommands.Roles(roles, Session, tableName));
            case ReidRequest reid:
                return Outcome(NotebookCommands.Reid(reid, Session, tableName, cancellationToken, progress));
            case HeatmapRequest heatmap:
                return Outcome(NotebookCommands.Heatmap(heatmap, Session, tableName, cancellationToken));
            case AssessRequest assess:
                return Outcome(NotebookCommands.Assess(assess, Session, cancellationToken));
            case TextRequest text:
                return Outcome(NotebookCommands.Text(text, Session, cancellationToken));
            case LocationRequest location:
                return Outcome(NotebookCommands.Location(location, Session, cancellationToken, progress));
            case GenomeRequest genome:
                return Outcome(NotebookCommands.Genome(genome, Session, cancellationToken));
            case CatalogueRequest catalogue:
                return Outcome(NotebookCommands.Catalogue(catalogue));
            case DicomRequest dicom:
                return Outcome(NotebookCommands.Dicom(dicom, Session, cancellationToken));
            case InferRequest infer:
                return Outcome(NotebookCommands.Infer(infer, Session, tableName, cancellationToken));
            case WhatIfRequest whatIf:
                return Outcome(NotebookCommands.WhatIf(whatIf, Session, tableName, cancellationToken));
            case AnonymizeRequest anonymize:
                return Outcome(NotebookCommands.Anonymize(anonymize, Session, tableName, cancellationToken, progress));
            case ExportRequest export:
                return Outcome(NotebookCommands.Export(export, Session));
            case NoOptionsRequest when name == "#!risk-matrix":
                return Outcome(NotebookCommands.Matrix(Session));
            case NoOptionsRequest:
                return ([NotebookHelp.Fragment], null);
            default:
                throw new InvalidOperationException($"No handler for {name}.");
        }

        static (IReadOnlyList<object>, object?) Outcome(NotebookOutcome outcome) => (outcome.Displays, outcome.Result);
    }

    /// <summary>
    /// Completions of the word that ends at the cursor in a magic command line: command names, option names, fixed
    /// values of an option, column names of the current table (after <c>--qi</c> and the other role options, each item
    /// of a comma list), names of loaded tables. Each completion replaces the whole word (from the last white space).
    /// </summary>
    /// <param name="code">The cell.</param>
    /// <param name="cursor">The cursor, in UTF-16 code units from the start of the cell.</param>
    /// <returns>The completions, or none when the cursor is not in a magic command line.</returns>
    public IReadOnlyList<string> Complete(string code, int cursor)
    {
        ArgumentNullException.ThrowIfNull(code);
        cursor = Math.Clamp(cursor, 0, code.Length);
        var lineStart = code.LastIndexOf('\n', Math.Max(0, cursor - 1)) + 1;
        if (cursor == 0)
        {
            lineStart = 0;
        }

        var line = code[lineStart..cursor];
        if (!line.TrimStart().StartsWith("#!", StringComparison.Ordinal))
        {
            return [];
        }

        var words = line.Split([' ', '\t'], StringSplitOptions.None);
        var word = words[^1];
        var before = words.Take(words.Length - 1).Where(w => w.Length > 0).ToArray();
        if (before.Length == 0)
        {
            return Matches(Commands.Select(c => c.Name), word);
        }

        var command = Find(before[0]);
        if (command is null)
        {
            return [];
        }

        if (word.StartsWith("--", StringComparison.Ordinal))
        {
            return Matches(command.OptionNames.Where(n => n != "--path"), word);
        }

        var previous = before.Length > 1 ? before[^1] : null;
        if (previous is null || !previous.StartsWith("--", StringComparison.Ordinal))
        {
            return word.Length == 0 ? Matches(command.OptionNames.Where(n => n != "--path"), word) : [];
        }

        if (command.HostOptions.FirstOrDefault(o => o.Name == previous) is { } host)
        {
            return host.Role == HostOptionRole.Table ? Matches(Session.Tables.Keys, word) : [];
        }

        if (MagicCommand.ColumnOptions.Contains(previous) && Session.Current is { } current)
        {
            var comma = word.LastIndexOf(',');
            var prefix = word[..(comma + 1)];
            return Matches(current.Table.ColumnNames, word[(comma + 1)..]).Select(c => prefix + c).ToArray();
        }

        return command.Table.Find(previous) is { Completions.Count: > 0 } option ? Matches(option.Completions, word) : [];
    }

    private static string[] Matches(IEnumerable<string> candidates, string prefix)
        => candidates.Where(c => c.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
}
