using System.Globalization;
using System.Text.RegularExpressions;

namespace RiskNotebooks.Data;

/// <summary>
/// Profiles a table's columns and suggests roles from column names (Swedish and English) and from the shape of the
/// values: personal identity numbers, e-mail addresses and phone numbers are direct identifiers; dates, age, sex, places
/// are quasi-identifiers; diagnoses and similar are sensitive. Suggestions only: the user decides.
/// </summary>
/// <remarks>Values are inspected (each distinct value once, at most <see cref="SampleLimit"/>) but never reported.</remarks>
public static partial class ColumnProfiler
{
    /// <summary>The most distinct values looked at per column.</summary>
    public const int SampleLimit = 2000;

    private static readonly (Regex Name, ColumnRole Role, string Reason)[] NameRules =
    [
        (Rx(@"personnummer|personnr|pnr|samordningsnummer|ssn|social.?security|national.?id|patient.?id|lopnr|person.?id"), ColumnRole.DirectIdentifier, "the name says it is a personal identity number or id"),
        (Rx(@"^(f[oö]r)?namn$|efternamn|first.?name|last.?name|surname|full.?name|^name$"), ColumnRole.DirectIdentifier, "the name says it is a person's name"),
        (Rx(@"e-?post|e-?mail|mail"), ColumnRole.DirectIdentifier, "the name says it is an e-mail address"),
        (Rx(@"telefon|phone|mobil|tel\b"), ColumnRole.DirectIdentifier, "the name says it is a phone number"),
        (Rx(@"adress|address|gata|street"), ColumnRole.DirectIdentifier, "the name says it is a street address"),
        (Rx(@"weight|vikt$|sampling.?weight|^w$"), ColumnRole.Weight, "the name says it is a sampling weight"),
        (Rx(@"diagnos|icd|atc|l[aä]kemedel|medication|drug|treatment|behandling|procedure|[aå]tg[aä]rd|disease|sjukdom|cancer|hiv|income|inkomst|salary|l[oö]n|religion|ethnic|etnicitet|sexual|crime|brott"), ColumnRole.Sensitive, "the name suggests a special category or otherwise sensitive content"),
        (Rx(@"f[oö]d|birth|dob|date|datum|dag|year|[aå]r$|age|[aå]lder|sex|k[oö]n|gender|postnr|postnummer|post.?code|postcode|zip|kommun|municipal|l[aä]n$|county|region|city|ort|stad|country|land|f[oö]delseland|nationality|education|utbildning|occupation|yrke|marital|civilst|ethnic|race|admission|inskrivning|discharge|utskrivning|hospital|sjukhus|klinik"), ColumnRole.QuasiIdentifier, "the name suggests a demographic, place or date an attacker could know"),
    ];

    /// <summary>Profiles every column of a table.</summary>
    /// <param name="table">The table.</param>
    /// <returns>One profile per column, in table order.</returns>
    public static IReadOnlyList<ColumnProfile> Profile(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Columns.Select(c => Profile(c)).ToArray();
    }

    /// <summary>Profiles one column.</summary>
    /// <param name="column">The column.</param>
    /// <returns>The profile.</returns>
    public static ColumnProfile Profile(Column column)
    {
        ArgumentNullException.ThrowIfNull(column);
        var kind = Kind(column);
        var (role, reason) = Suggest(column, kind);
        return new ColumnProfile(column.Name, kind, column.DistinctCount, column.MissingCount, column.RowCount, role, reason);
    }

    private static (ColumnRole, string) Suggest(Column column, string kind)
    {
        switch (kind)
        {
            case "personal identity number":
                return (ColumnRole.DirectIdentifier, "its values look like Swedish personal identity numbers");
            case "e-mail":
                return (ColumnRole.DirectIdentifier, "its values look like e-mail addresses");
            case "phone number":
                return (ColumnRole.DirectIdentifier, "its values look like phone numbers");
            case "ICD-10 code":
                return (ColumnRole.Sensitive, "its values look like ICD-10 diagnosis codes (health data, GDPR Art. 9)");
        }

        var name = column.Name;
        foreach (var (pattern, role, reason) in NameRules)
        {
            if (pattern.IsMatch(name))
            {
                return (role, reason);
            }
        }

        if (kind == "date")
        {
            return (ColumnRole.QuasiIdentifier, "its values are dates, which an attacker can often know");
        }

        if (column.RowCount > 20 && column.DistinctCount > 0.95 * (column.RowCount - column.MissingCount) && kind == "text")
        {
            return (ColumnRole.DirectIdentifier, "almost every value is different, as in an identifier");
        }

        return (ColumnRole.Insensitive, "nothing in its name or values suggests a role");
    }

    private static string Kind(Column column)
    {
        var n = Math.Min(column.DistinctCount, SampleLimit);
        if (n == 0)
        {
            return "empty";
        }

        int numbers = 0, dates = 0, pnr = 0, mail = 0, phone = 0, icd = 0;
        for (var code = 1; code <= n; code++)
        {
            var v = column.ValueOf(code)!.Trim();
            var isDate = DateOnly.TryParseExact(v, ["yyyy-MM-dd", "yyyyMMdd", "yyyy/MM/dd", "dd.MM.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
            if (PersonalNumber().IsMatch(v))
            {
                pnr++;
            }
            else if (isDate)
            {
                dates++;
            }
            else if (Email().IsMatch(v))
            {
                mail++;
            }
            else if (Phone().IsMatch(v))
            {
                phone++;
            }

            if (Icd10().IsMatch(v))
            {
                icd++;
            }

            if (!isDate && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                numbers++;
            }
        }

        var most = 0.9 * n;
        return pnr >= most ? "personal identity number"
            : mail >= most ? "e-mail"
            : phone >= most && numbers < most ? "phone number"
            : icd >= most ? "ICD-10 code"
            : dates >= most ? "date"
            : numbers >= most ? "number"
            : "text";
    }

    private static Regex Rx(string pattern) => new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    [GeneratedRegex(@"^(19|20)?\d{6}[-+]?\d{4}$")]
    private static partial Regex PersonalNumber();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")]
    private static partial Regex Email();

    [GeneratedRegex(@"^(\+\d{1,3}[ -]?\d{1,3}|0\d{1,3})[ -]?\d{2,4}([ -]?\d{2,3}){1,2}$")]
    private static partial Regex Phone();

    [GeneratedRegex(@"^[A-TV-Z]\d{2}(\.\d{1,2})?$")]
    private static partial Regex Icd10();
}
