using System.Globalization;
using RiskNotebooks.Data;

namespace RiskNotebooks.Treatment;

/// <summary>Builds generalisation hierarchies from a column's values and a short specification (the <c>--build</c> option).</summary>
/// <remarks>
/// <para>Specifications (every hierarchy ends in <c>*</c>):</para>
/// <list type="bullet">
/// <item><c>interval:W</c> numeric intervals of width W aligned at multiples of W, then 2W, 4W, … until one interval holds
/// every value; whole numbers are labelled <c>20-29</c>, others <c>[20, 30)</c>. Add <c>:bottom=B</c> and/or <c>:top=T</c>
/// for bottom and top coding: values below B become <c>&lt;B</c> and values from T up <c>&gt;=T</c> from level 1.</item>
/// <item><c>bands:18,30,50,70</c> custom bands (<c>&lt;18</c>, <c>18-29</c>, …, <c>&gt;=70</c>), then <c>*</c>.</item>
/// <item><c>date</c> ISO dates (<c>2020-03-14</c>, a time part ignored): month, quarter, year, decade.</item>
/// <item><c>postcode-se</c> Swedish postcodes (<c>123 45</c>): 3, 2, then 1 leading digits.</item>
/// <item><c>icd10</c> ICD-10 codes (<c>C50.9</c>): three-character category (<c>C50</c>), block (<c>C50-C50</c>), chapter
/// (<c>II</c>), from the bundled WHO ICD-10 2019 tables. <c>icd10:BLOCKS.csv</c> (columns block, first, last) replaces the
/// bundled blocks with a national version's (ICD-10-SE, ICD-10-GM, ...). A category in no block (a gap between blocks)
/// takes its chapter's numeral at the block level (<c>A90</c> → <c>I</c> → <c>I</c>), so every value has the same
/// levels.</item>
/// <item><c>mask</c> or <c>mask:N</c> mask one more character from the right per level, up to N (default: all).</item>
/// <item><c>flat</c> the value, then <c>*</c> (for a binary attribute such as sex).</item>
/// </list>
/// <para>Errors name the attribute and the specification, and how many values do not fit, never a value.</para>
/// </remarks>
public static class HierarchyBuilder
{
    /// <summary>The specification kinds, for help and completion.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["interval:W", "bands:A,B,...", "date", "postcode-se", "icd10", "mask", "flat"];

    /// <summary>Builds a hierarchy for a table's column.</summary>
    /// <param name="table">The table.</param>
    /// <param name="attribute">The column.</param>
    /// <param name="specification">For example <c>interval:10</c>.</param>
    /// <param name="optionName">The option the specification came from, for messages.</param>
    /// <returns>The hierarchy.</returns>
    public static Hierarchy Build(Table table, string attribute, string specification, string optionName = "specification")
    {
        ArgumentNullException.ThrowIfNull(table);
        var column = table.GetColumn(attribute);
        var values = Enumerable.Range(1, column.DistinctCount).Select(c => column.ValueOf(c)!).ToArray();
        return Build(attribute, specification, values, optionName);
    }

    /// <summary>Builds a hierarchy over given values.</summary>
    /// <param name="attribute">The attribute.</param>
    /// <param name="specification">For example <c>interval:10</c>.</param>
    /// <param name="values">The distinct values to cover.</param>
    /// <param name="optionName">The option the specification came from, for messages.</param>
    /// <returns>The hierarchy.</returns>
    /// <exception cref="InvalidOptionException">The specification is unknown or malformed, or values do not fit it.</exception>
    /// <exception cref="InputFormatException">The block table of <c>icd10:BLOCKS.csv</c> is malformed, has overlapping blocks or a block that crosses a chapter boundary; the message names the file, line and column.</exception>
    public static Hierarchy Build(string attribute, string specification, IReadOnlyList<string> values, string optionName = "specification")
    {
        ArgumentNullException.ThrowIfNull(attribute);
        ArgumentNullException.ThrowIfNull(specification);
        ArgumentNullException.ThrowIfNull(values);
        var colon = specification.IndexOf(':');
        var kind = (colon < 0 ? specification : specification[..colon]).Trim().ToLowerInvariant();
        var argument = colon < 0 ? "" : specification[(colon + 1)..].Trim();
        var rows = kind switch
        {
            "interval" => Intervals(attribute, argument, values, optionName),
            "bands" => Bands(attribute, argument, values, optionName),
            "date" => Dates(attribute, values, optionName),
            "postcode-se" => Postcodes(attribute, values, optionName),
            "icd10" => Icd10(attribute, argument, values, optionName),
            "mask" => Mask(attribute, argument, values, optionName),
            "flat" => values.Select(v => (IReadOnlyList<string>)[v, "*"]).ToList(),
            _ => throw new InvalidOptionException(optionName, $"unknown hierarchy '{kind}' for '{attribute}': use {string.Join(", ", Kinds)}."),
        };
        return Hierarchy.FromRows(attribute, $"{optionName} {attribute}={kind}", rows);
    }

    private static List<IReadOnlyList<string>> Intervals(string attribute, string argument, IReadOnlyList<string> values, string optionName)
    {
        var parts = argument.Split(':', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0 || !TryNumber(parts[0], out var width) || width <= 0)
        {
            throw new InvalidOptionException(optionName, $"'{attribute}': interval needs a positive width, e.g. {attribute}=interval:10 (optionally :bottom=20:top=80).");
        }

        double? bottom = null, top = null;
        foreach (var part in parts.Skip(1))
        {
            if (part.StartsWith("bottom=", StringComparison.Ordinal) && TryNumber(part[7..], out var b))
            {
                bottom = b;
            }
            else if (part.StartsWith("top=", StringComparison.Ordinal) && TryNumber(part[4..], out var t))
            {
                top = t;
            }
            else
            {
                throw new InvalidOptionException(optionName, $"'{attribute}': interval takes :bottom=B and :top=T after the width.");
            }
        }

        var numbers = Numbers(attribute, values, optionName, "interval");
        var whole = numbers.All(v => v == Math.Floor(v)) && width == Math.Floor(width);
        var lo = numbers.Where(v => bottom is null || v >= bottom).DefaultIfEmpty(0).Min();
        var hi = numbers.Where(v => top is null || v < top).DefaultIfEmpty(0).Max();
        var widths = new List<double>();
        for (var w = width; ; w *= 2)
        {
            widths.Add(w);
            if (Math.Floor(lo / w) == Math.Floor(hi / w) || widths.Count > 60)
            {
                break;
            }
        }

        var rows = new List<IReadOnlyList<string>>();
        for (var i = 0; i < values.Count; i++)
        {
            var v = numbers[i];
            var row = new List<string> { values[i] };
            foreach (var w in widths)
            {
                if (bottom is { } b && v < b)
                {
                    row.Add("<" + Format(b));
                }
                else if (top is { } t && v >= t)
                {
                    row.Add(">=" + Format(t));
                }
                else
                {
                    var start = Math.Floor(v / w) * w;
                    row.Add(whole ? $"{Format(start)}-{Format(start + w - 1)}" : $"[{Format(start)}, {Format(start + w)})");
                }
            }

            row.Add("*");
            rows.Add(row);
        }

        return rows;
    }

    private static List<IReadOnlyList<string>> Bands(string attribute, string argument, IReadOnlyList<string> values, string optionName)
    {
        var cuts = new List<double>();
        foreach (var part in argument.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!TryNumber(part, out var cut) || (cuts.Count > 0 && cut <= cuts[^1]))
            {
                throw new InvalidOptionException(optionName, $"'{attribute}': bands takes increasing cut points, e.g. {attribute}=bands:18,30,50,70.");
            }

            cuts.Add(cut);
        }

        if (cuts.Count == 0)
        {
            throw new InvalidOptionException(optionName, $"'{attribute}': bands takes increasing cut points, e.g. {attribute}=bands:18,30,50,70.");
        }

        var numbers = Numbers(attribute, values, optionName, "bands");
        var whole = numbers.All(v => v == Math.Floor(v)) && cuts.All(c => c == Math.Floor(c));
        var rows = new List<IReadOnlyList<string>>();
        for (var i = 0; i < values.Count; i++)
        {
            var v = numbers[i];
            var index = cuts.Count(c => v >= c);
            var label = index == 0 ? "<" + Format(cuts[0])
                : index == cuts.Count ? ">=" + Format(cuts[^1])
                : whole ? $"{Format(cuts[index - 1])}-{Format(cuts[index] - 1)}" : $"[{Format(cuts[index - 1])}, {Format(cuts[index])})";
            rows.Add([values[i], label, "*"]);
        }

        return rows;
    }

    private static List<IReadOnlyList<string>> Dates(string attribute, IReadOnlyList<string> values, string optionName)
    {
        var rows = new List<IReadOnlyList<string>>();
        var bad = 0;
        foreach (var value in values)
        {
            var text = value.Length >= 10 ? value[..10] : value;
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                bad++;
                continue;
            }

            var year = date.Year.ToString("D4", CultureInfo.InvariantCulture);
            rows.Add([value, $"{year}-{date.Month:D2}", $"{year}-Q{((date.Month - 1) / 3) + 1}", year, $"{date.Year / 10 * 10}s", "*"]);
        }

        return bad == 0 ? rows : throw new InvalidOptionException(optionName, $"'{attribute}': {bad} of {values.Count} distinct values are not ISO dates (yyyy-MM-dd).");
    }

    private static List<IReadOnlyList<string>> Postcodes(string attribute, IReadOnlyList<string> values, string optionName)
    {
        var rows = new List<IReadOnlyList<string>>();
        var bad = 0;
        foreach (var value in values)
        {
            var digits = value.Replace(" ", "", StringComparison.Ordinal);
            if (digits.Length != 5 || !digits.All(char.IsAsciiDigit))
            {
                bad++;
                continue;
            }

            rows.Add([value, digits[..3], digits[..2], digits[..1], "*"]);
        }

        return bad == 0 ? rows : throw new InvalidOptionException(optionName, $"'{attribute}': {bad} of {values.Count} distinct values are not five-digit Swedish postcodes.");
    }

    private static List<IReadOnlyList<string>> Icd10(string attribute, string blocksFile, IReadOnlyList<string> values, string optionName)
    {
        var blocks = blocksFile.Length == 0 ? Icd10Tables.Blocks : Icd10Tables.ReadBlocks(blocksFile, optionName);
        var rows = new List<IReadOnlyList<string>>();
        var bad = 0;
        foreach (var value in values)
        {
            var code = value.Trim().ToUpperInvariant();
            var category = code.Length >= 3 ? code[..3] : code;
            var chapter = Icd10Tables.IsCategory(category) ? Icd10Tables.ChapterOf(category)?.Name : null;
            if (chapter is null)
            {
                bad++;
                continue;
            }

            // A category in no block (a range the classification leaves unused, or a national code outside the table)
            // goes to its chapter at the block level, so every row has the same levels and the chapter stays a
            // function of the block.
            var block = Icd10Tables.Find(blocks, category)?.Name ?? chapter;
            rows.Add([value, category, block, chapter, "*"]);
        }

        return bad == 0 ? rows : throw new InvalidOptionException(optionName, $"'{attribute}': {bad} of {values.Count} distinct values are not ICD-10 codes that fall in a chapter (a letter and two digits, then optional detail such as .9).");
    }

    private static List<IReadOnlyList<string>> Mask(string attribute, string argument, IReadOnlyList<string> values, string optionName)
    {
        var longest = values.Count == 0 ? 0 : values.Max(v => v.Length);
        var depth = longest;
        if (argument.Length > 0 && (!int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out depth) || depth < 1))
        {
            throw new InvalidOptionException(optionName, $"'{attribute}': mask takes the number of characters to mask, e.g. {attribute}=mask:3.");
        }

        depth = Math.Min(depth, longest);
        var rows = new List<IReadOnlyList<string>>();
        foreach (var value in values)
        {
            var row = new List<string> { value };
            for (var k = 1; k <= depth; k++)
            {
                var keep = Math.Max(0, value.Length - k);
                row.Add(value[..keep] + new string('*', value.Length - keep));
            }

            row.Add("*");
            rows.Add(row);
        }

        return rows;
    }

    private static double[] Numbers(string attribute, IReadOnlyList<string> values, string optionName, string kind)
    {
        var numbers = new double[values.Count];
        var bad = 0;
        for (var i = 0; i < values.Count; i++)
        {
            if (!TryNumber(values[i], out numbers[i]))
            {
                bad++;
            }
        }

        return bad == 0 ? numbers : throw new InvalidOptionException(optionName, $"'{attribute}': {bad} of {values.Count} distinct values are not numbers, so {kind} cannot be built.");
    }

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
