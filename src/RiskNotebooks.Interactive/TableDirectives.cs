using System.Text.Json;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Directives;
using RiskNotebooks.Commands;
using RiskNotebooks.Interactive.Commands;

namespace RiskNotebooks.Interactive;

/// <summary>
/// Binds a magic command to a command's option table: one directive parameter per table entry (the positional one as
/// <c>--path</c>, also without its name; flags as flags; numbers with a number hint; fixed values as completions), and
/// the parameters given read into the same request the command line fills. Notebook-only parameters (<c>--name</c>,
/// <c>--as</c>) are added by the command and read with <see cref="TableDirectiveCommand.Text"/>.
/// </summary>
internal static class TableDirectives
{
    private const string InvokedDirective = "invokedDirective";

    internal static KernelActionDirective Create(string name, string description, CommandTable table, params KernelDirectiveParameter[] notebookOnly)
    {
        var directive = new KernelActionDirective(name) { Description = description };
        foreach (var option in table.Options)
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

            directive.Parameters.Add(parameter);
        }

        foreach (var parameter in notebookOnly)
        {
            directive.Parameters.Add(parameter);
        }

        return directive;
    }

    /// <summary>The request of a table filled from the parameters given, validated; notebook-only parameters are skipped.</summary>
    internal static TRequest Bind<TRequest>(CommandTable<TRequest> table, TableDirectiveCommand command)
        where TRequest : class, ICommandRequest, new()
    {
        var byJsonName = table.Options.ToDictionary(o => JsonName(o.Name), o => o.Name, StringComparer.Ordinal);
        var values = new List<KeyValuePair<string, string>>();
        foreach (var (key, value) in command.Values ?? new Dictionary<string, JsonElement>())
        {
            if (key == InvokedDirective || !byJsonName.TryGetValue(key, out var name) || value.ValueKind is JsonValueKind.False or JsonValueKind.Null)
            {
                continue;
            }

            values.Add(new(name, TextOf(value)));
        }

        return table.Bind(values);
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
