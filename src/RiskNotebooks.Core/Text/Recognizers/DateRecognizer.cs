namespace RiskNotebooks.Text.Recognizers;

/// <summary>Calendar dates: ISO (<c>2024-03-03</c>), numeric (<c>3/3/24</c>, <c>03.03.2024</c>), with a month name in
/// Swedish or English (<c>3 mars 2024</c>, <c>3:e mars</c>, <c>March 3, 2024</c>, <c>3rd of March</c>, <c>mars 2024</c>).</summary>
/// <remarks>
/// <para>Every date is checked: the month is 1-12 and the day exists in it (29 February only in leap years). Numeric dates
/// are read day first and, failing that, month first (<c>3/14/24</c>); two-digit years only with slashes.</para>
/// <para>Confidence: ISO 0.95; with a month name 0.9; numeric 0.85; a month and year alone 0.8; eight bare digits
/// (<c>20240303</c>) 0.55, or 0.85 after a context word (<c>datum</c>, <c>date</c>, <c>född</c>, <c>born</c>); a Swedish
/// day/month without a year (<c>den 3/3</c>) 0.8 after <c>den</c> or <c>datum</c>.</para>
/// </remarks>
public sealed class DateRecognizer : IRecognizer
{
    private static readonly string[] DateContext = ["datum", "date", "född", "born", "dob", "födelsedatum", "den", "on", "dated"];
    private static readonly string[] DayMonthContext = ["den", "datum", "från", "till", "sedan", "t.o.m", "fr.o.m"];

    /// <inheritdoc/>
    public string Name => "date";

    /// <inheritdoc/>
    public IReadOnlyList<EntityType> EntityTypes { get; } = [EntityType.Date];

    /// <inheritdoc/>
    public void Recognize(ReadOnlySpan<char> text, TextLanguage language, FindingCollector findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var runs = findings.DigitRuns(text).Scan();
        while (runs.MoveNext())
        {
            var start = runs.Start;
            var end = runs.End;
            if (!Chars.BoundaryBefore(text, start) || (start > 0 && text[start - 1] is '.' or '/' or '+' or ',' && start > 1 && Chars.IsDigit(text[start - 2])))
            {
                continue;
            }

            var length = end - start;
            int matchStart = start, matchEnd;
            double confidence;
            string rule;
            if (length == 4 && TryIso(text, start, end, out matchEnd))
            {
                confidence = 0.95;
                rule = Name + ".iso";
            }
            else if (length is 1 or 2 && TryDayMonthName(text, start, end, out matchEnd))
            {
                confidence = 0.9;
                rule = Name + ".day-month";
            }
            else if (length is 1 or 2 or 4 && TryMonthNameFirst(text, start, end, out matchStart, out matchEnd, out var yearOnly))
            {
                confidence = yearOnly ? 0.8 : 0.9;
                rule = yearOnly ? Name + ".month-year" : Name + ".month-day";
            }
            else if (length is 1 or 2 && TryNumeric(text, start, end, out matchEnd, out var withYear))
            {
                if (!withYear && !(language == TextLanguage.Swedish && Chars.WordBefore(text, start, DayMonthContext, 12)))
                {
                    continue;
                }

                confidence = withYear ? 0.85 : 0.8;
                rule = withYear ? Name + ".numeric" : Name + ".day-month-numeric";
            }
            else if (length == 8 && PersonnummerRecognizer.EndsCleanly(text, end) && IsCompactDate(text[start..end]))
            {
                matchEnd = end;
                confidence = Chars.WordBefore(text, start, DateContext, 24) ? 0.85 : 0.55;
                rule = Name + ".compact";
            }
            else
            {
                continue;
            }

            findings.Add(EntityType.Date, matchStart, matchEnd, confidence, rule);
            runs.SkipTo(matchEnd);
        }
    }

    private static bool IsCompactDate(ReadOnlySpan<char> d)
        => Chars.Number(d[..4]) is >= 1900 and <= 2100 && Chars.IsValidDate(Chars.Number(d[..4]), Chars.Number(d[4..6]), Chars.Number(d[6..8]));

    /// <summary>YYYY-MM-DD (or with / or .), month and day of one or two digits.</summary>
    private static bool TryIso(ReadOnlySpan<char> text, int start, int end, out int matchEnd)
    {
        matchEnd = end;
        if (end + 1 >= text.Length || text[end] is not ('-' or '/' or '.'))
        {
            return false;
        }

        var separator = text[end];
        var monthEnd = Chars.DigitRunEnd(text, end + 1);
        if (monthEnd - (end + 1) is < 1 or > 2 || monthEnd + 1 >= text.Length || text[monthEnd] != separator)
        {
            return false;
        }

        var dayEnd = Chars.DigitRunEnd(text, monthEnd + 1);
        if (dayEnd - (monthEnd + 1) is < 1 or > 2)
        {
            return false;
        }

        var year = Chars.Number(text[start..end]);
        var month = Chars.Number(text[(end + 1)..monthEnd]);
        var day = Chars.Number(text[(monthEnd + 1)..dayEnd]);
        if (year is < 1800 or > 2100 || !Chars.IsValidDate(year, month, day))
        {
            return false;
        }

        // "2024-03-03T10:00" is still a date; "2024-03-031" is not.
        if (dayEnd < text.Length && (Chars.IsDigit(text[dayEnd]) || (Chars.IsLetter(text[dayEnd]) && text[dayEnd] != 'T')))
        {
            return false;
        }

        matchEnd = dayEnd;
        return true;
    }

    /// <summary>"3 mars 2024", "3:e mars", "3rd of March 2024", "3. März" is not supported.</summary>
    private static bool TryDayMonthName(ReadOnlySpan<char> text, int start, int end, out int matchEnd)
    {
        matchEnd = end;
        var day = Chars.Number(text[start..end]);
        if (day is < 1 or > 31)
        {
            return false;
        }

        var p = end;
        p = SkipOrdinal(text, p);
        if (p >= text.Length || text[p] != ' ')
        {
            return false;
        }

        p++;
        if (p + 3 < text.Length && text.Slice(p, 3).Equals("of ", StringComparison.OrdinalIgnoreCase))
        {
            p += 3;
        }

        var month = MonthNames.ParseAt(text, p, out var monthEnd);
        if (month == 0 || !Chars.BoundaryAfter(text, monthEnd))
        {
            return false;
        }

        matchEnd = monthEnd;
        var year = TryYearAfter(text, monthEnd, out var yearEnd);
        if (year > 0)
        {
            matchEnd = yearEnd;
        }

        return Chars.IsValidDate(year > 0 ? year : 2000, month, day);
    }

    /// <summary>"March 3, 2024", "March 3rd", "mars 2024": the digits follow a month name.</summary>
    private static bool TryMonthNameFirst(ReadOnlySpan<char> text, int start, int end, out int matchStart, out int matchEnd, out bool yearOnly)
    {
        matchStart = start;
        matchEnd = end;
        yearOnly = false;
        if (start < 4 || text[start - 1] != ' ')
        {
            return false;
        }

        var p = start - 1;
        if (text[p - 1] == '.')
        {
            p--; // "Mar. 3"
        }

        var wordEnd = p;
        var wordStart = wordEnd;
        while (wordStart > 0 && Chars.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        var month = MonthNames.Parse(text[wordStart..wordEnd]);
        if (month == 0 && end - start == 4 && MonthNames.IsSeason(text[wordStart..wordEnd]))
        {
            month = -1; // "våren 2019", "autumn 2021": a season and a year
        }

        if (month == 0 || !Chars.BoundaryBefore(text, wordStart))
        {
            return false;
        }

        var number = Chars.Number(text[start..end]);
        if (end - start == 4)
        {
            if (number is < 1800 or > 2100 || !PersonnummerRecognizer.EndsCleanly(text, end))
            {
                return false;
            }

            matchStart = wordStart;
            yearOnly = true;
            return true;
        }

        var q = SkipOrdinal(text, end);
        if (!Chars.BoundaryAfter(text, q) || (q < text.Length && text[q] == ':'))
        {
            return false;
        }

        matchStart = wordStart;
        matchEnd = q;
        var year = TryYearAfter(text, q, out var yearEnd, allowComma: true);
        if (year > 0)
        {
            matchEnd = yearEnd;
        }

        return Chars.IsValidDate(year > 0 ? year : 2000, month, number);
    }

    private static int SkipOrdinal(ReadOnlySpan<char> text, int p)
    {
        if (p + 2 < text.Length && text[p] == ':' && text[p + 1] is 'e' or 'a' && !Chars.IsLetterOrDigit(text[p + 2]))
        {
            return p + 2;
        }

        if (p + 2 <= text.Length && Chars.IsAsciiLetter(text[p]))
        {
            var suffix = text.Slice(p, 2);
            if ((suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase))
                && Chars.BoundaryAfter(text, p + 2))
            {
                return p + 2;
            }
        }

        return p;
    }

    /// <summary>A four-digit year after " " or ", " (1800-2100), or 0.</summary>
    private static int TryYearAfter(ReadOnlySpan<char> text, int p, out int yearEnd, bool allowComma = true)
    {
        yearEnd = p;
        var q = p;
        if (allowComma && q < text.Length && text[q] == ',')
        {
            q++;
        }

        if (q >= text.Length || text[q] != ' ')
        {
            return 0;
        }

        q++;
        var end = Chars.DigitRunEnd(text, q);
        if (end - q != 4 || !PersonnummerRecognizer.EndsCleanly(text, end))
        {
            return 0;
        }

        var year = Chars.Number(text[q..end]);
        if (year is < 1800 or > 2100)
        {
            return 0;
        }

        yearEnd = end;
        return year;
    }

    /// <summary>"3/3/24", "03/03/2024", "3.3.2024", "3-3-2024"; "3/3" without a year (reported only with context).</summary>
    private static bool TryNumeric(ReadOnlySpan<char> text, int start, int end, out int matchEnd, out bool withYear)
    {
        matchEnd = end;
        withYear = false;
        if (end + 1 >= text.Length || text[end] is not ('/' or '.' or '-'))
        {
            return false;
        }

        var separator = text[end];
        var secondEnd = Chars.DigitRunEnd(text, end + 1);
        if (secondEnd - (end + 1) is < 1 or > 2)
        {
            return false;
        }

        var a = Chars.Number(text[start..end]);
        var b = Chars.Number(text[(end + 1)..secondEnd]);
        if (secondEnd + 1 < text.Length && text[secondEnd] == separator && Chars.IsDigit(text[secondEnd + 1]))
        {
            var yearEnd = Chars.DigitRunEnd(text, secondEnd + 1);
            var yearLength = yearEnd - (secondEnd + 1);
            if (!(yearLength == 4 || (yearLength == 2 && separator == '/')) || !PersonnummerRecognizer.EndsCleanly(text, yearEnd))
            {
                return false;
            }

            var year = Chars.Number(text[(secondEnd + 1)..yearEnd]);
            year = yearLength == 2 ? 2000 + year : year;
            if (yearLength == 4 && year is < 1800 or > 2100)
            {
                return false;
            }

            if (!Chars.IsValidDate(year, b, a) && !Chars.IsValidDate(year, a, b))
            {
                return false;
            }

            matchEnd = yearEnd;
            withYear = true;
            return true;
        }

        if (separator != '/' || !PersonnummerRecognizer.EndsCleanly(text, secondEnd) || !Chars.IsValidDate(2000, b, a))
        {
            return false;
        }

        matchEnd = secondEnd;
        return true;
    }
}
