using System.Text.Json;
using Microsoft.DotNet.Interactive.Directives;
using RiskNotebooks.Commands;
using RiskNotebooks.Interactive.Commands;
using RiskNotebooks.Reporting.Notebook;

namespace RiskNotebooks.Interactive;

/// <summary>
/// Binds a magic command of <see cref="NotebookMagics.Commands"/> to .NET Interactive: one directive parameter per
/// entry of its option table (the positional one as <c>--path</c>, also without its name; flags as flags; numbers with a
/// number hint; fixed values as completions) and per notebook-only option (<c>--name</c>, <c>--as</c>), and the
/// parameters given read back as the option texts <see cref="NotebookMagics.Run"/> takes.
/// </summary>
internal static class TableDirectives
{
    private const string InvokedDirective = "invokedDirective";

    internal static KernelActionDirective Create(MagicCommand command, NotebookSession session)
    {
        var directive = new KernelActionDirective(command.Name) { Description = command.Description };
        foreach (var option in command.Table.Options)
        {
            var text = option.DefaultValue is { } shown ? $"{option.Description} (default {shown})" : option.Description;
            var parameter = option.Kind == OptionKind.Number
                ? new KernelDirectiveParameter(option.Name, text) { AllowImplicitName = option.IsPositional, Required = option.IsRequired, TypeHint = "number" }
                : new KernelDirectiveParameter(option.Name, text) { AllowImplicitName = option.IsPositional, Required = option.IsRequired, Flag = option.Kind == OptionKind.Flag };

            if (option.Completions.Count > 0)
            {
                var completions = option.Completions;
                parameter.AddCompletions(() => completions);
            }
            else if (MagicCommand.ColumnOptions.Contains(option.Name))
            {
                parameter.AddCompletions(() => session.Current?.Table.ColumnNames ?? []);
            }

            directive.Parameters.Add(parameter);
        }

        foreach (var option in command.HostOptions)
        {
            var parameter = new KernelDirectiveParameter(option.Name, option.Description);
            if (option.Role == HostOptionRole.Table)
            {
                parameter.AddCompletions(() => session.Tables.Keys);
            }

            directive.Parameters.Add(parameter);
        }

        return directive;
    }

    /// <summary>The options given, by name, with their texts (flags not given are left out).</summary>
    internal static IReadOnlyList<KeyValuePair<string, string>> Values(MagicCommand command, TableDirectiveCommand directive)
    {
        var byJsonName = command.OptionNames.ToDictionary(JsonName, n => n, StringComparer.Ordinal);
        var values = new List<KeyValuePair<string, string>>();
        foreach (var (key, value) in directive.Values ?? new Dictionary<string, JsonElement>())
        {
            if (key == InvokedDirective || !byJsonName.TryGetValue(key, out var name) || value.ValueKind is JsonValueKind.False or JsonValueKind.Null)
            {
                continue;
            }

            values.Add(new(name, TextOf(value)));
        }

        return values;
    }

    /// <summary>The key .NET Interactive gives a parameter in the command's JSON: <c>--top-n</c> is <c>topN</c>.</summary>
    internal static string JsonName(string option)
    {
        var parts = option.TrimStart('-').Split('-', StringSplitOptions.RemoveEmptyEntries);
        return string.Concat(parts.Select((p, i) => i == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
    }

    internal static string TextOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? string.Empty,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };
}
