using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Directives;
using Microsoft.DotNet.Interactive.Formatting;
using RiskNotebooks.Commands;
using RiskNotebooks.Data;
using RiskNotebooks.Interactive.Commands;
using RiskNotebooks.Registry;
using RiskNotebooks.Registry.Attributes;
using RiskNotebooks.Reporting.Charts;
using RiskNotebooks.Reporting.Notebook;

namespace RiskNotebooks.Interactive;

/// <summary>
/// The magic commands: each is a directive with described options and a handler that calls the engine and displays the
/// result, nothing more. Errors fail the cell with the engine's message (which never holds a record value).
/// </summary>
internal static partial class MagicCommands
{
    internal static void Register(Kernel kernel, NotebookSession session)
    {
        kernel.AddDirective<RiskLoadCommand>(
            Directive("#!risk-load", "Load a CSV/TSV table: shows columns, kinds, distinct counts, missing shares and suggested roles (no rows).",
                Parameter("--path", "The file to load.", allowImplicitName: true, required: true),
                Parameter("--name", "The table's name in this notebook (default: the file name); when given, also a C# variable of that name."),
                Parameter("--delimiter", "The field delimiter (',', ';', '|' or 'tab'); detected when not given."),
                Parameter("--missing", "Comma-separated cell texts that mean missing (default: empty and NA).")),
            (command, context) => Run(command, context, () => Load(command, context, session)));

        kernel.AddDirective<RiskRolesCommand>(
            Directive("#!risk-roles", "Set the roles of the current table's columns: quasi-identifiers, sensitive attributes, weight, household.",
                Parameter("--qi", "Quasi-identifier columns, comma-separated.").AddCompletions(() => Columns(session)),
                Parameter("--sensitive", "Sensitive attribute columns, comma-separated.").AddCompletions(() => Columns(session)),
                Parameter("--weight", "The sampling weight column.").AddCompletions(() => Columns(session)),
                Parameter("--household", "The household id column.").AddCompletions(() => Columns(session)),
                Parameter("--name", "The table (default: the last loaded).").AddCompletions(() => session.Tables.Keys)),
            (command, context) => Run(command, context, () => Roles(command, context, session)));

        kernel.AddDirective<ReidMagicCommand>(
            TableDirectives.Create(
                "#!reid",
                "Measure re-identification risk (k, prosecutor/journalist/marketer, records at risk, sample and population uniqueness, individual risk) with charts: of a file, or of the table loaded last.",
                ReidRequest.Table,
                Parameter("--name", "The table (default: the last loaded; with a file, the name it is loaded as).").AddCompletions(() => session.Tables.Keys),
                Parameter("--as", "A C# variable to publish the report as (none by default).")),
            (command, context) => Run(command, context, () => Show(context, NotebookCommands.Reid(TableDirectives.Bind(ReidRequest.Table, command), session, command.Text("--name"), context.CancellationToken), "--as", command.Text("--as"))));

        kernel.AddDirective<RiskHeatmapCommand>(
            Directive("#!risk-heatmap", "Heatmap of where the risk sits: qi-pairs (share of records each pair of QIs makes unique), subsets (QI subsets by size and distinction) or classes (records by class size and risk band).",
                Parameter("--kind", "qi-pairs (default), subsets or classes.").AddCompletions(() => ["qi-pairs", "subsets", "classes"]),
                Parameter("--name", "The table (default: the last loaded).").AddCompletions(() => session.Tables.Keys)),
            (command, context) => Run(command, context, () => Heatmap(command, context, session)));

        kernel.AddDirective<RiskHelpCommand>(
            Directive("#!risk-help", "What each RiskNotebooks magic command does, with an example."),
            (command, context) => Run(command, context, () => context.DisplayAs(HelpHtml.Text, HtmlFormatter.MimeType)));

        RegisterAssessment(kernel, session);
        RegisterText(kernel, session);
        RegisterLocation(kernel, session);
        RegisterExport(kernel, session);
    }

    private static KernelActionDirective Directive(string name, string description, params KernelDirectiveParameter[] parameters)
    {
        var directive = new KernelActionDirective(name) { Description = description };
        foreach (var parameter in parameters)
        {
            directive.Parameters.Add(parameter);
        }

        return directive;
    }

    private static KernelDirectiveParameter Parameter(string name, string description, bool allowImplicitName = false, bool required = false, string? typeHint = null, bool flag = false)
    {
        return typeHint is null
            ? new KernelDirectiveParameter(name, description) { AllowImplicitName = allowImplicitName, Required = required, Flag = flag }
            : new KernelDirectiveParameter(name, description) { AllowImplicitName = allowImplicitName, Required = required, Flag = flag, TypeHint = typeHint };
    }

    private static IEnumerable<string> Columns(NotebookSession session) => session.Current?.Table.ColumnNames ?? [];

    private static Task Run(KernelCommand command, KernelInvocationContext context, Action action)
    {
        try
        {
            action();
        }
        catch (RiskNotebooksException e)
        {
            context.Fail(command, null, e.Message);
        }

        return Task.CompletedTask;
    }

    private static void Load(RiskLoadCommand command, KernelInvocationContext context, NotebookSession session)
    {
        var path = command.Path ?? throw new InvalidOptionException("#!risk-load", "give the file to load, e.g. #!risk-load ../datasets/demo-registry/demo-registry.csv");
        var options = new CsvLoadOptions
        {
            Delimiter = command.Delimiter is { } d ? CsvLoadOptions.ParseDelimiter(d) : null,
            MissingValues = command.Missing is { } m ? MissingValues.Parse(m) : MissingValues.Default,
        };
        var loaded = NotebookCommands.Load(session, path, options, command.Name, context.CancellationToken);
        Publish(context, "--name", command.Name, loaded.Table);
        context.Display(loaded, HtmlFormatter.MimeType);
    }

    private static void Roles(RiskRolesCommand command, KernelInvocationContext context, NotebookSession session)
    {
        var loaded = session.Require(command.Name);
        if (command.Qi is { } qi)
        {
            loaded.QuasiIdentifiers = Check(loaded.Table, OptionValue.SplitList(qi), "--qi");
        }

        if (command.Sensitive is { } sensitive)
        {
            loaded.SensitiveAttributes = Check(loaded.Table, OptionValue.SplitList(sensitive), "--sensitive");
        }

        if (command.Weight is { } weight)
        {
            loaded.WeightColumn = Check(loaded.Table, [weight], "--weight")[0];
        }

        if (command.Household is { } household)
        {
            loaded.HouseholdColumn = Check(loaded.Table, [household], "--household")[0];
        }

        context.DisplayAs(RolesHtml.ToHtml(loaded), HtmlFormatter.MimeType);
    }

    private static void Heatmap(RiskHeatmapCommand command, KernelInvocationContext context, NotebookSession session)
    {
        var loaded = session.Require(command.Name);
        var qis = loaded.QuasiIdentifiers;
        if (qis.Count == 0)
        {
            throw new InvalidOptionException("--qi", "no quasi-identifiers: set them with #!risk-roles --qi a,b,c.");
        }

        RiskChart chart = (command.Kind ?? "qi-pairs") switch
        {
            "qi-pairs" => RiskCharts.QuasiIdentifierPairs(AttributeRiskAnalysis.Run(loaded.Table, qis, 2, context.CancellationToken), loaded.Table.GetColumnNames(qis), loaded.Table.RowCount),
            "subsets" => RiskCharts.Subsets(AttributeRiskAnalysis.Run(loaded.Table, qis, qis.Count > 16 ? 4 : null, context.CancellationToken)),
            "classes" => RiskCharts.Classes(EquivalenceClasses.Build(loaded.Table, qis, context.CancellationToken).Histogram, session.LastReport?.Threshold ?? 0.2),
            var other => throw new InvalidOptionException("--kind", $"'{other}' is not a kind of heatmap: use qi-pairs, subsets or classes."),
        };
        context.Display(chart, HtmlFormatter.MimeType);
    }

    private static IReadOnlyList<string> GetColumnNames(this Table table, IReadOnlyList<string> names) => names.Select(n => table.GetColumn(n).Name).ToArray();

    private static IReadOnlyList<string> Check(Table table, IReadOnlyList<string> names, string option)
    {
        if (names.Count == 0)
        {
            throw new InvalidOptionException(option, "name at least one column.");
        }

        return names.Select(n => table.GetColumn(n).Name).ToArray();
    }

    /// <summary>
    /// Makes a value a variable of the notebook's C# kernel when the user named one, so they can keep working with it.
    /// Nothing is published unnamed: the .NET Interactive kernel serves every C# variable over its HTTP API.
    /// </summary>
    private static void Publish(KernelInvocationContext context, string option, string? name, object value)
    {
        if (name is null)
        {
            return;
        }

        if (!Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(name) || Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(name) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None)
        {
            throw new InvalidOptionException(option, "must be a C# identifier (letters, digits and _, not starting with a digit, not a keyword).");
        }

        var root = context.HandlingKernel?.RootKernel ?? Kernel.Root;
        foreach (var csharp in root.FindKernels(k => k is CSharpKernel).OfType<CSharpKernel>())
        {
            csharp.SetValueAsync(name, value, value.GetType()).GetAwaiter().GetResult();
        }
    }

    /// <summary>Displays what a command produced and publishes its result when the user named a variable.</summary>
    private static void Show(KernelInvocationContext context, NotebookOutcome outcome, string option, string? variable)
    {
        if (outcome.Result is { } result)
        {
            Publish(context, option, variable, result);
        }

        foreach (var item in outcome.Displays)
        {
            context.Display(item, HtmlFormatter.MimeType);
        }
    }
}
