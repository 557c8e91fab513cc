using System.Text;
using RiskNotebooks.Commands;

namespace RiskNotebooks.Reporting.Notebook;

/// <summary>
/// A magic command line, such as <c>#!risk-location traces.csv --top-n 0 --grid --grid-spatial "raw,2km"</c>, split
/// into its command and tokens (double quotes group, <c>\"</c> is a quote inside them), for hosts without a directive
/// parser of their own (our kernel).
/// </summary>
public sealed class MagicLine
{
    private MagicLine(string command, IReadOnlyList<string> tokens)
    {
        Command = command;
        Tokens = tokens;
    }

    /// <summary>The magic command, such as <c>#!reid</c>.</summary>
    public string Command { get; }

    /// <summary>The tokens after it, quotes removed.</summary>
    public IReadOnlyList<string> Tokens { get; }

    /// <summary>Splits a line.</summary>
    /// <param name="line">The line, starting with <c>#!</c>.</param>
    /// <returns>The command and tokens.</returns>
    /// <exception cref="InvalidOptionException">The line is not a magic command, or a quote is not closed.</exception>
    public static MagicLine Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var tokens = new List<string>();
        var current = new StringBuilder();
        bool inQuotes = false, inToken = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (inQuotes && c == '\\' && i + 1 < line.Length && line[i + 1] == '"')
            {
                current.Append('"');
                i++;
            }
            else if (c == '"')
            {
                inQuotes = !inQuotes;
                inToken = true;
            }
            else if (!inQuotes && char.IsWhiteSpace(c))
            {
                if (inToken)
                {
                    tokens.Add(current.ToString());
                    current.Clear();
                    inToken = false;
                }
            }
            else
            {
                current.Append(c);
                inToken = true;
            }
        }

        if (inQuotes)
        {
            throw new InvalidOptionException(tokens.Count > 0 ? tokens[0] : "#!", "a quote is not closed.");
        }

        if (inToken)
        {
            tokens.Add(current.ToString());
        }

        if (tokens.Count == 0 || !tokens[0].StartsWith("#!", StringComparison.Ordinal))
        {
            throw new InvalidOptionException("#!", "a magic command line starts with #! and the command's name.");
        }

        return new MagicLine(tokens[0], tokens[1..]);
    }

    /// <summary>
    /// The options given, by name, as a command's table reads them: the one token without a name is the positional
    /// <c>--path</c>, a flag is <c>true</c>, every other option takes the next token.
    /// </summary>
    /// <param name="table">The command's option table.</param>
    /// <param name="hostOptions">The host's own options that take a value (such as <c>--name</c>, <c>--as</c>).</param>
    /// <returns>The options and their texts, in the order given; bind the table's with <see cref="CommandTable.BindRequest"/>.</returns>
    /// <exception cref="InvalidOptionException">An unknown option, a missing value, or a second positional value.</exception>
    public IReadOnlyList<KeyValuePair<string, string>> Values(CommandTable table, params string[] hostOptions)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(hostOptions);
        var values = new List<KeyValuePair<string, string>>();
        for (var i = 0; i < Tokens.Count; i++)
        {
            var token = Tokens[i];
            if (!token.StartsWith("--", StringComparison.Ordinal))
            {
                if (table.Positional is null || values.Any(v => v.Key == "--path"))
                {
                    throw new InvalidOptionException(Command, $"'{token}' is not an option; options start with --.");
                }

                values.Add(new("--path", token));
                continue;
            }

            var option = table.Find(token);
            if (option is null && !hostOptions.Contains(token, StringComparer.Ordinal))
            {
                throw new InvalidOptionException(token, $"is not an option of {Command}.");
            }

            if (option?.Kind == OptionKind.Flag)
            {
                values.Add(new(token, "true"));
            }
            else if (i + 1 < Tokens.Count)
            {
                values.Add(new(token, Tokens[++i]));
            }
            else
            {
                throw new InvalidOptionException(token, "needs a value.");
            }
        }

        return values;
    }
}
