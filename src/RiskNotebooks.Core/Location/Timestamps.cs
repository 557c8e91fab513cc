namespace RiskNotebooks.Location;

/// <summary>
/// Parses record times from UTF-8 text without allocating: ISO 8601-style date-times and Unix times.
/// </summary>
/// <remarks>
/// Accepted: <c>YYYY-MM-DD</c> (midnight), <c>YYYY-MM-DD HH:MM</c>, <c>YYYY-MM-DD HH:MM:SS</c> with optional fraction,
/// <c>T</c> or a space between date and time, <c>/</c> instead of <c>-</c>, one- or two-digit month, day and hour, and an
/// optional zone: <c>Z</c>, <c>±HH:MM</c>, <c>±HHMM</c> or <c>±HH</c>, checked and then left aside: the time is the local
/// clock time as written, so hours, days and times of day are the person's own (pandas, and so scikit-mobility, keeps
/// the local fields of a time with an offset the same way). A run of digits alone is a Unix time: seconds, or milliseconds when it is 10^11 or more.
/// Fractions of a second are dropped.
/// </remarks>
internal static class Timestamps
{
    private const long SecondsPerDay = 86_400;
    private static readonly long UnixEpochSeconds = DateTime.UnixEpoch.Ticks / TimeSpan.TicksPerSecond;
    private static readonly long MaxSeconds = DateTime.MaxValue.Ticks / TimeSpan.TicksPerSecond;

    /// <summary>Parses a time as seconds since 0001-01-01 00:00.</summary>
    internal static bool TryParse(ReadOnlySpan<byte> text, out long seconds)
    {
        seconds = 0;
        if (text.IsEmpty)
        {
            return false;
        }

        if (text.IndexOfAnyExceptInRange((byte)'0', (byte)'9') < 0)
        {
            return TryParseUnix(text, out seconds);
        }

        var i = 0;
        if (!Number(text, ref i, 4, 4, out var year) || !Separator(text, ref i, out var dateSeparator) || dateSeparator is not ((byte)'-' or (byte)'/')
            || !Number(text, ref i, 1, 2, out var month) || !Expect(text, ref i, dateSeparator) || !Number(text, ref i, 1, 2, out var day))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        int hour = 0, minute = 0, second = 0;
        if (i < text.Length && text[i] is (byte)'T' or (byte)' ')
        {
            i++;
            if (!Number(text, ref i, 1, 2, out hour) || !Expect(text, ref i, (byte)':') || !Number(text, ref i, 2, 2, out minute))
            {
                return false;
            }

            if (i < text.Length && text[i] == (byte)':')
            {
                i++;
                if (!Number(text, ref i, 2, 2, out second))
                {
                    return false;
                }

                if (i < text.Length && text[i] is (byte)'.' or (byte)',')
                {
                    i++;
                    var digits = i;
                    while (i < text.Length && text[i] is >= (byte)'0' and <= (byte)'9')
                    {
                        i++;
                    }

                    if (i == digits)
                    {
                        return false;
                    }
                }
            }

            if (hour > 23 || minute > 59 || second > 59)
            {
                return false;
            }

            if (i < text.Length && !TryParseZone(text, ref i, out _))
            {
                return false;
            }
        }

        if (i != text.Length)
        {
            return false;
        }

        var days = new DateOnly(year, month, day).DayNumber;
        seconds = (days * SecondsPerDay) + (hour * 3600L) + (minute * 60L) + second;
        return seconds >= 0 && seconds <= MaxSeconds;
    }

    private static bool TryParseUnix(ReadOnlySpan<byte> text, out long seconds)
    {
        seconds = 0;
        if (text.Length > 15)
        {
            return false;
        }

        long value = 0;
        foreach (var b in text)
        {
            value = (value * 10) + (b - '0');
        }

        if (value >= 100_000_000_000L)
        {
            value /= 1000; // milliseconds
        }

        seconds = UnixEpochSeconds + value;
        return seconds <= MaxSeconds;
    }

    private static bool TryParseZone(ReadOnlySpan<byte> text, ref int i, out int offsetMinutes)
    {
        offsetMinutes = 0;
        if (text[i] == (byte)'Z')
        {
            i++;
            return true;
        }

        if (text[i] is not ((byte)'+' or (byte)'-'))
        {
            return false;
        }

        var sign = text[i] == (byte)'-' ? -1 : 1;
        i++;
        if (!Number(text, ref i, 2, 2, out var hours))
        {
            return false;
        }

        var minutes = 0;
        if (i < text.Length)
        {
            if (text[i] == (byte)':')
            {
                i++;
            }

            if (!Number(text, ref i, 2, 2, out minutes))
            {
                return false;
            }
        }

        if (hours > 14 || minutes > 59)
        {
            return false;
        }

        offsetMinutes = sign * ((hours * 60) + minutes);
        return true;
    }

    private static bool Number(ReadOnlySpan<byte> text, ref int i, int minDigits, int maxDigits, out int value)
    {
        value = 0;
        var start = i;
        while (i < text.Length && i - start < maxDigits && text[i] is >= (byte)'0' and <= (byte)'9')
        {
            value = (value * 10) + (text[i] - '0');
            i++;
        }

        return i - start >= minDigits;
    }

    private static bool Separator(ReadOnlySpan<byte> text, ref int i, out byte separator)
    {
        separator = 0;
        if (i >= text.Length)
        {
            return false;
        }

        separator = text[i++];
        return true;
    }

    private static bool Expect(ReadOnlySpan<byte> text, ref int i, byte expected)
    {
        if (i < text.Length && text[i] == expected)
        {
            i++;
            return true;
        }

        return false;
    }
}
