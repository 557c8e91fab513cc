using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace RiskNotebooks.Cli;

/// <summary>
/// One parser for every numeric option, so that a value that is not a number gets a message naming the option and the
/// expected form instead of System.CommandLine's ".NET type 'System.Nullable`1[System.Double]'".
/// </summary>
/// <remarks>
/// Numbers are read with the invariant culture and may use an exponent (<c>1e6</c>, <c>2.5E-3</c>). A number option also
/// takes a percentage (<c>1%</c> is 0.01). A whole-number option takes a number with an exponent or a zero fraction
/// when its value is whole and fits (<c>1e6</c>, <c>300.0</c>). Range checks stay with each command.
/// </remarks>
internal static class NumericOptions
{
    private const NumberStyles Number = NumberStyles.Float;

    /// <summary>Gives every numeric option of a command tree a parser, unless it has its own.</summary>
    /// <param name="command">The root command.</param>
    internal static void Apply(Command command)
    {
        foreach (var option in command.Options)
        {
            switch (option)
            {
                case Option<double> o:
                    o.CustomParser ??= r => ParseDouble(r) ?? 0d;
                    break;
                case Option<double?> o:
                    o.CustomParser ??= ParseDouble;
                    break;
                case Option<int> o:
                    o.CustomParser ??= r => (int)(ParseWhole(r, int.MinValue, int.MaxValue) ?? 0);
                    break;
                case Option<int?> o:
                    o.CustomParser ??= r => (int?)ParseWhole(r, int.MinValue, int.MaxValue);
                    break;
                case Option<long> o:
                    o.CustomParser ??= r => ParseWhole(r, long.MinValue, long.MaxValue) ?? 0L;
                    break;
                case Option<long?> o:
                    o.CustomParser ??= r => ParseWhole(r, long.MinValue, long.MaxValue);
                    break;
            }
        }

        foreach (var sub in command.Subcommands)
        {
            Apply(sub);
        }
    }

    private static double? ParseDouble(ArgumentResult result)
    {
        var text = Token(result);
        if (text is null)
        {
            return null;
        }

        var percent = text.EndsWith('%');
        if (double.TryParse(percent ? text[..^1] : text, Number, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return percent ? value / 100d : value;
        }

        result.AddError($"{NameOf(result)}: '{text}' is not a number (write it as 0.05, 5%, 1e6 or 2.5e-3).");
        return null;
    }

    private static long? ParseWhole(ArgumentResult result, long min, long max)
    {
        var text = Token(result);
        if (text is null)
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) && whole >= min && whole <= max)
        {
            return whole;
        }

        if (decimal.TryParse(text, Number, CultureInfo.InvariantCulture, out var value) && value == decimal.Truncate(value) && value >= min && value <= max)
        {
            return (long)value;
        }

        result.AddError($"{NameOf(result)}: '{text}' is not a whole number from {min.ToString("N0", CultureInfo.InvariantCulture)} to {max.ToString("N0", CultureInfo.InvariantCulture)} (write it as 1000000 or 1e6).");
        return null;
    }

    private static string? Token(ArgumentResult result) => result.Tokens.Count == 0 ? null : result.Tokens[^1].Value.Trim();

    private static string NameOf(ArgumentResult result) => result.Parent is OptionResult option ? option.Option.Name : result.Argument.Name;
}
