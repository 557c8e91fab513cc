namespace RiskNotebooks.Location;

/// <summary>The time keys of <see cref="MobilityAttack.LocationTime"/>: documented, or as scikit-mobility builds them.</summary>
internal static class TimeKeys
{
    private const long SecondsPerDay = 86_400;

    /// <summary>The time truncated to the precision (a proper key: different periods, different keys).</summary>
    internal static long Documented(long absoluteSeconds, TimePrecision precision)
    {
        switch (precision)
        {
            case TimePrecision.Year:
            case TimePrecision.Month:
                var date = DateOnly.FromDayNumber((int)(absoluteSeconds / SecondsPerDay));
                return precision == TimePrecision.Year ? date.Year : (date.Year * 12L) + date.Month - 1;
            case TimePrecision.Day:
                return absoluteSeconds / SecondsPerDay;
            case TimePrecision.Hour:
                return absoluteSeconds / 3600;
            case TimePrecision.Minute:
                return absoluteSeconds / 60;
            default:
                return absoluteSeconds;
        }
    }

    /// <summary>
    /// scikit-mobility's <c>date_time_precision</c> (<c>skmob/utils/utils.py</c>): the decimal numbers of the fields
    /// concatenated without separators or padding — year; year month; year month day; year month day month (for Hour);
    /// year month day month minute (Minute); year month day month minute second (Second). The concatenation of decimal
    /// numbers with a non-zero first digit is itself the decimal form of one number, so that number is the key: equal keys
    /// exactly when scikit-mobility's strings are equal.
    /// </summary>
    internal static long ScikitMobility(long absoluteSeconds, TimePrecision precision)
    {
        var date = DateOnly.FromDayNumber((int)(absoluteSeconds / SecondsPerDay));
        var inDay = absoluteSeconds % SecondsPerDay;
        long key = date.Year;
        if (precision == TimePrecision.Year)
        {
            return key;
        }

        key = Append(key, date.Month);
        if (precision == TimePrecision.Month)
        {
            return key;
        }

        key = Append(key, date.Day);
        if (precision == TimePrecision.Day)
        {
            return key;
        }

        key = Append(key, date.Month);
        if (precision == TimePrecision.Hour)
        {
            return key;
        }

        key = Append(key, (int)(inDay / 60 % 60));
        return precision == TimePrecision.Minute ? key : Append(key, (int)(inDay % 60));
    }

    private static long Append(long key, int number)
    {
        var scale = number < 10 ? 10L : number < 100 ? 100L : number < 1000 ? 1000L : 10000L;
        return (key * scale) + number;
    }
}
