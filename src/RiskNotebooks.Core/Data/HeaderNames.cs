using System.Globalization;
using System.Text;
using RiskNotebooks.Text;

namespace RiskNotebooks.Data;

/// <summary>
/// Decides whether a file's column names may be shown in a message, and words the list: the one place that errors about
/// columns (an unknown column in <c>reid</c>, <c>location</c> or an assessment, a ragged row, a duplicate name) use.
/// </summary>
/// <remarks>
/// <para>The "header" of a headerless file is its first record, and a stray quote in a header can swallow whole rows
/// into one name: printing the names would print record values. A name is shown only when it is short
/// (<see cref="MaxNameLength"/> characters), has no control characters, is not mostly digits, has no letters run into three
/// digits or more (codes and ids such as <c>AB1234</c>), and has none of the shapes
/// of an identifier, a date, a postcode or a place (the recognizers of <see cref="TextScanner"/>, in Swedish and English).
/// When any name of a header fails, no name is shown, only how many columns there are: one bad name means the row is
/// probably data. A list is cut after <see cref="MaxNames"/> names or <see cref="MaxListLength"/> characters.</para>
/// </remarks>
internal static class HeaderNames
{
    /// <summary>The longest name that is ever shown.</summary>
    internal const int MaxNameLength = 40;

    /// <summary>The most names listed.</summary>
    internal const int MaxNames = 20;

    /// <summary>The most characters of names listed.</summary>
    internal const int MaxListLength = 200;

    private static readonly Lazy<TextScanner> Scanner = new(() => new TextScanner(new TextScanOptions { MinimumConfidence = 0d }));

    /// <summary>Whether a single column name may be shown in a message.</summary>
    /// <param name="name">The name from the file.</param>
    /// <returns><see langword="false"/> when it is long, has control characters, is mostly digits or looks like personal data.</returns>
    internal static bool IsShowable(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength)
        {
            return false;
        }

        int letters = 0, digits = 0, run = 0;
        bool afterLetter = false, code = false;
        foreach (var rune in name.EnumerateRunes())
        {
            if (Rune.IsDigit(rune))
            {
                run++;
                code |= afterLetter && run >= 3;
            }
            else
            {
                run = 0;
                afterLetter = Rune.IsLetter(rune);
            }

            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
            {
                return false;
            }

            if (Rune.IsLetter(rune))
            {
                letters++;
            }
            else if (Rune.IsDigit(rune))
            {
                digits++;
            }
        }

        // Numbers, codes and ids are values, not names: "1", "4711", "19121212-1212", "+46 70 123", and letters run into
        // three digits or more, "AB1234" ("icd10", "q2" and "income_2023" are shown).
        if (letters == 0 || digits >= 5 || digits > letters || code)
        {
            return false;
        }

        return !LooksLikePersonalData(name, TextLanguage.Swedish) && !LooksLikePersonalData(name, TextLanguage.English);
    }

    /// <summary>Whether every name of a header may be shown.</summary>
    /// <param name="names">The header's names.</param>
    /// <returns><see langword="true"/> when all are showable.</returns>
    internal static bool LookLikeAHeader(IReadOnlyList<string> names)
    {
        foreach (var name in names)
        {
            if (!IsShowable(name))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A sentence about a header's columns for an error message: the names when they look like a header (cut to a
    /// bounded list), else only their number.</summary>
    /// <param name="names">The header's names.</param>
    /// <returns>For example <c>Columns: a, b, c.</c> or <c>The header has 4 columns; their names are not shown ...</c>.</returns>
    internal static string Describe(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (names.Count == 0)
        {
            return "The header has no columns.";
        }

        if (!LookLikeAHeader(names))
        {
            return $"The header has {Count(names.Count)}; the names are not shown because they do not look like column names "
                + "(is the header row missing, or does an unclosed quote join rows?).";
        }

        var list = new StringBuilder("Columns: ");
        var shown = 0;
        var length = 0;
        foreach (var name in names)
        {
            if (shown == MaxNames || length + name.Length > MaxListLength)
            {
                break;
            }

            if (shown > 0)
            {
                list.Append(", ");
            }

            list.Append(name);
            length += name.Length;
            shown++;
        }

        if (shown < names.Count)
        {
            list.Append($", ... ({names.Count - shown} more of {Count(names.Count)})");
        }

        return list.Append('.').ToString();
    }

    /// <summary>A delimiter in words, for messages.</summary>
    /// <param name="delimiter">The delimiter.</param>
    /// <returns><c>','</c>, <c>tab</c>, ...</returns>
    internal static string NameOf(char delimiter) => delimiter switch
    {
        '\t' => "tab",
        ' ' => "space",
        _ => $"'{delimiter}'",
    };

    private static string Count(int columns) => columns == 1 ? "1 column" : string.Create(CultureInfo.InvariantCulture, $"{columns:N0} columns");

    private static bool LooksLikePersonalData(string name, TextLanguage language)
    {
        foreach (var finding in Scanner.Value.Find(name, language))
        {
            if (EntityTypes.KindOf(finding.Type) == EntityKind.DirectIdentifier
                || finding.Type is EntityType.Date or EntityType.Postcode or EntityType.Location)
            {
                return true;
            }
        }

        return false;
    }
}
