using System.Reflection;
using RiskNotebooks.Data;

namespace RiskNotebooks.Treatment;

/// <summary>The ICD-10 chapter and block tables of the <c>icd10</c> hierarchy builder.</summary>
/// <remarks>
/// Both bundled tables are typed from the WHO's ICD-10 Version: 2019 (provenance in <c>datasets/icd10/README.md</c>) and
/// embedded, so nothing is read from disk or the network at run time. A range holds the three-character categories from
/// <see cref="Icd10Range.First"/> to <see cref="Icd10Range.Last"/>, both included, compared ordinally (<c>A00</c> &lt;
/// <c>A09</c> &lt; <c>B00</c>). A block table, bundled or the user's, is checked when it is read: well-formed ranges, unique
/// block names other than the chapters' numerals, no two blocks overlapping, no block crossing a chapter boundary (its
/// categories would otherwise have two chapters, and the hierarchy's chapter level would not be a function of its block
/// level). Errors name the file, line and column, never a cell's value.
/// </remarks>
internal static class Icd10Tables
{
    private static readonly Lazy<Icd10Range[]> ChapterTable = new(() => Parse(Embedded("icd10-chapters.csv"), "chapter", chapters: null));
    private static readonly Lazy<Icd10Range[]> BlockTable = new(() => Parse(Embedded("icd10-blocks.csv"), "block", ChapterTable.Value));

    /// <summary>The 22 chapters, in the order of <c>chapters.csv</c> (I to XXII).</summary>
    internal static IReadOnlyList<Icd10Range> Chapters => ChapterTable.Value;

    /// <summary>The bundled WHO blocks, sorted by their first category.</summary>
    internal static IReadOnlyList<Icd10Range> Blocks => BlockTable.Value;

    /// <summary>Reads a user's block table (columns <c>block</c>, <c>first</c>, <c>last</c>) and checks it.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="optionName">The option it came from, for messages.</param>
    /// <returns>The blocks, sorted by their first category.</returns>
    internal static Icd10Range[] ReadBlocks(string path, string optionName)
    {
        var table = CsvTableReader.Load(path);
        foreach (var name in new[] { "block", "first", "last" })
        {
            if (!table.TryGetColumn(name, out _))
            {
                throw new InvalidOptionException(optionName, $"the ICD-10 block table '{path}' needs the columns block, first and last.");
            }
        }

        return Parse(table, "block", ChapterTable.Value);
    }

    /// <summary>The range that holds a three-character category, if any.</summary>
    /// <param name="sorted">Non-overlapping ranges sorted by their first category.</param>
    /// <param name="category">The category, e.g. <c>C50</c>.</param>
    /// <returns>The range, or <see langword="null"/> when the category falls in no range (a gap).</returns>
    internal static Icd10Range? Find(IReadOnlyList<Icd10Range> sorted, string category)
    {
        int lo = 0, hi = sorted.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (string.CompareOrdinal(sorted[mid].First, category) <= 0)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found >= 0 && string.CompareOrdinal(category, sorted[found].Last) <= 0 ? sorted[found] : null;
    }

    /// <summary>The chapter that holds a three-character category, if any.</summary>
    /// <param name="category">The category, e.g. <c>C50</c>.</param>
    /// <returns>The chapter, or <see langword="null"/> when no chapter holds it.</returns>
    internal static Icd10Range? ChapterOf(string category)
    {
        foreach (var chapter in ChapterTable.Value)
        {
            if (chapter.Contains(category))
            {
                return chapter;
            }
        }

        return null;
    }

    /// <summary>Whether a code is a three-character category: a letter and two digits, upper case.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Whether it is.</returns>
    internal static bool IsCategory(string text) =>
        text.Length == 3 && char.IsAsciiLetterUpper(text[0]) && char.IsAsciiDigit(text[1]) && char.IsAsciiDigit(text[2]);

    private static Table Embedded(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("RiskNotebooks.Treatment." + name)
            ?? throw new InvalidOperationException($"the ICD-10 table {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return CsvTableReader.LoadFromText(name, reader.ReadToEnd());
    }

    private static Icd10Range[] Parse(Table table, string nameColumn, Icd10Range[]? chapters)
    {
        var columns = new[] { nameColumn, "first", "last" };
        var ranges = new Icd10Range[table.RowCount];
        for (var r = 0; r < table.RowCount; r++)
        {
            var line = table.LineOf(r) ?? r + 2;
            var cells = new string[3];
            for (var c = 0; c < 3; c++)
            {
                cells[c] = (table[columns[c]].GetValue(r) ?? "").Trim();
                if (cells[c].Length == 0)
                {
                    throw new InputFormatException(table.Source, line, ColumnNumber(table, columns[c]), columns[c], $"the {columns[c]} cell is empty.");
                }
            }

            for (var c = 1; c < 3; c++)
            {
                cells[c] = cells[c].ToUpperInvariant();
                if (!IsCategory(cells[c]))
                {
                    throw new InputFormatException(table.Source, line, ColumnNumber(table, columns[c]), columns[c], $"the {columns[c]} cell is not a three-character ICD-10 category (a letter and two digits).");
                }
            }

            if (string.CompareOrdinal(cells[1], cells[2]) > 0)
            {
                throw new InputFormatException(table.Source, line, ColumnNumber(table, "last"), "last", "the range ends before it starts (last comes before first).");
            }

            ranges[r] = new Icd10Range(cells[0], cells[1], cells[2], line);
        }

        if (chapters is null)
        {
            return ranges;
        }

        // Names must be unique and differ from the chapters' numerals: a category in no block is labelled with its
        // chapter's numeral at the block level, and a label shared by two groups would give it two parents.
        var names = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var block in ranges)
        {
            if (chapters.Any(c => c.Name == block.Name))
            {
                throw new InputFormatException(table.Source, block.Line, ColumnNumber(table, nameColumn), nameColumn, "the block is named like a chapter (I to XXII), the label a category in no block gets at this level.");
            }

            if (!names.TryAdd(block.Name, block.Line))
            {
                throw new InputFormatException(table.Source, block.Line, ColumnNumber(table, nameColumn), nameColumn, $"the block has the name of the block on line {names[block.Name]}: block names must be unique.");
            }
        }

        var sorted = ranges.OrderBy(b => b.First, StringComparer.Ordinal).ToArray();
        for (var i = 1; i < sorted.Length; i++)
        {
            if (string.CompareOrdinal(sorted[i].First, sorted[i - 1].Last) <= 0)
            {
                throw InputFormatException.AtLine(table.Source, sorted[i].Line, $"the block overlaps the block on line {sorted[i - 1].Line}: each category must fall in at most one block.");
            }
        }

        foreach (var block in sorted)
        {
            var first = chapters.FirstOrDefault(c => c.Contains(block.First));
            var last = chapters.FirstOrDefault(c => c.Contains(block.Last));
            if (first != last || chapters.Any(c => c != first && string.CompareOrdinal(c.First, block.First) > 0 && string.CompareOrdinal(c.First, block.Last) <= 0))
            {
                throw InputFormatException.AtLine(table.Source, block.Line, "the block crosses a chapter boundary: every category of a block must lie in the same chapter.");
            }
        }

        return sorted;
    }

    private static int ColumnNumber(Table table, string name)
    {
        var index = table.ColumnNames.ToList().IndexOf(name);
        return index < 0 ? 0 : index + 1;
    }
}
