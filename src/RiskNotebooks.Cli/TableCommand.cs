using System.CommandLine;
using System.CommandLine.Parsing;
using RiskNotebooks.Commands;

namespace RiskNotebooks.Cli;

/// <summary>
/// A <c>risknb</c> command built from a command's option table: each entry becomes an option (a flag, or a value read
/// as text by the request) or the positional argument, and the values given fill the request. Defaults are the
/// request's, shown in help; values not given are left to the request.
/// </summary>
/// <typeparam name="TRequest">The request type.</typeparam>
internal sealed class TableCommand<TRequest>
    where TRequest : class, ICommandRequest, new()
{
    private readonly CommandTable<TRequest> table;
    private readonly List<(CommandOption Entry, Symbol Symbol)> symbols = [];

    internal TableCommand(CommandTable<TRequest> table)
    {
        this.table = table;
        Command = new Command(table.Command, table.Description);
        foreach (var entry in table.Options)
        {
            Symbol symbol;
            if (entry.IsPositional)
            {
                var argument = new Argument<string?>(entry.ArgumentName!)
                {
                    Description = entry.Description,
                    Arity = entry.IsRequired ? ArgumentArity.ExactlyOne : ArgumentArity.ZeroOrOne,
                };
                Command.Arguments.Add(argument);
                symbol = argument;
            }
            else if (entry.Kind == OptionKind.Flag)
            {
                var flag = new Option<bool>(entry.Name) { Description = entry.Description };
                Command.Options.Add(flag);
                symbol = flag;
            }
            else
            {
                var option = new Option<string?>(entry.Name) { Description = entry.Description };
                if (entry.DefaultValue is { } shown)
                {
                    option.DefaultValueFactory = _ => shown; // for help only: values not given are not passed on
                }

                if (entry.Completions.Count > 0)
                {
                    option.CompletionSources.Add([.. entry.Completions]);
                }

                Command.Options.Add(option);
                symbol = option;
            }

            symbols.Add((entry, symbol));
        }
    }

    /// <summary>The command, to which a host adds its own options (<c>--format</c>, <c>--records</c>, <c>--report</c>) and action.</summary>
    internal Command Command { get; }

    /// <summary>The request filled from the values given on the command line, validated.</summary>
    internal TRequest Bind(ParseResult parse)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var (entry, symbol) in symbols)
        {
            switch (symbol)
            {
                case Argument<string?> argument when parse.GetValue(argument) is { } path:
                    values.Add(new(entry.Name, path));
                    break;
                case Option<bool> flag when parse.GetValue(flag):
                    values.Add(new(entry.Name, "true"));
                    break;
                case Option<string?> option when parse.GetResult(option) is { Implicit: false } && parse.GetValue(option) is { } text:
                    values.Add(new(entry.Name, text));
                    break;
            }
        }

        return table.Bind(values);
    }
}
