using System.Globalization;

namespace RiskNotebooks.Location;

/// <summary>
/// How precisely a trace says when: windows of minutes or hours, days, weeks, the time of day only, or not at all.
/// Immutable; equal when they cut time the same way.
/// </summary>
/// <remarks>
/// <para>
/// Windows are aligned to midnight (minute windows to the hour), days start at midnight and weeks on Monday. Window lengths
/// divide the next unit (minutes divide 60, hours divide 24), so a window that is a multiple of another is a union of its
/// windows: coarsening from an hour to 4 hours, a day or a week merges points and never splits them. The time of day only
/// (<c>hour-of-day</c>, <c>4h-of-day</c>) forgets the date: 08:15 on Monday and on Tuesday are the same point.
/// </para>
/// <para>Text forms: <c>none</c>, <c>minute</c>, <c>15min</c>, <c>hour</c>, <c>4h</c>, <c>day</c>, <c>week</c>,
/// <c>hour-of-day</c>, <c>4h-of-day</c>.</para>
/// </remarks>
public sealed class TemporalResolution : IEquatable<TemporalResolution>
{
    private const int SecondsPerDay = 86_400;
    private readonly string text;

    private TemporalResolution(int windowSeconds, bool timeOfDay, string text)
    {
        WindowSeconds = windowSeconds;
        IsTimeOfDay = timeOfDay;
        this.text = text;
    }

    /// <summary>Time is ignored: a point is a place.</summary>
    public static TemporalResolution None { get; } = new(0, false, "none");

    /// <summary>One-minute windows.</summary>
    public static TemporalResolution Minute { get; } = new(60, false, "minute");

    /// <summary>One-hour windows (the resolution of de Montjoye et al.).</summary>
    public static TemporalResolution Hour { get; } = new(3600, false, "hour");

    /// <summary>Calendar days.</summary>
    public static TemporalResolution Day { get; } = new(SecondsPerDay, false, "day");

    /// <summary>Calendar weeks, Monday to Sunday.</summary>
    public static TemporalResolution Week { get; } = new(7 * SecondsPerDay, false, "week");

    /// <summary>The length of a window in seconds (0 for <see cref="None"/>).</summary>
    public int WindowSeconds { get; }

    /// <summary>Whether only the time of day counts (the date is forgotten).</summary>
    public bool IsTimeOfDay { get; }

    /// <summary>Windows of some minutes.</summary>
    /// <param name="minutes">A divisor of 60.</param>
    /// <returns>The resolution.</returns>
    public static TemporalResolution Minutes(int minutes)
    {
        if (minutes < 1 || 60 % minutes != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(minutes), minutes, "minute windows must divide an hour (1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30 or 60).");
        }

        return minutes == 1 ? Minute : minutes == 60 ? Hour : new TemporalResolution(minutes * 60, false, $"{minutes}min");
    }

    /// <summary>Windows of some hours, aligned to midnight.</summary>
    /// <param name="hours">A divisor of 24.</param>
    /// <returns>The resolution.</returns>
    public static TemporalResolution Hours(int hours)
    {
        CheckHours(hours);
        return hours == 1 ? Hour : hours == 24 ? Day : new TemporalResolution(hours * 3600, false, $"{hours}h");
    }

    /// <summary>The time of day only, in windows of some hours (the date is forgotten).</summary>
    /// <param name="hours">A divisor of 24; 24 makes every time the same.</param>
    /// <returns>The resolution.</returns>
    public static TemporalResolution HoursOfDay(int hours)
    {
        CheckHours(hours);
        return new TemporalResolution(hours * 3600, true, hours == 1 ? "hour-of-day" : $"{hours}h-of-day");
    }

    /// <summary>Parses a text form (see the remarks).</summary>
    /// <param name="text">The text.</param>
    /// <param name="optionName">The option it came from, for the message.</param>
    /// <returns>The resolution.</returns>
    /// <exception cref="InvalidOptionException">The text is not a temporal resolution.</exception>
    public static TemporalResolution Parse(string text, string optionName = "Temporal")
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim().ToLowerInvariant();
        try
        {
            switch (t)
            {
                case "none" or "any":
                    return None;
                case "minute" or "min" or "1min":
                    return Minute;
                case "hour" or "1h":
                    return Hour;
                case "day" or "24h":
                    return Day;
                case "week":
                    return Week;
                case "hour-of-day" or "1h-of-day":
                    return HoursOfDay(1);
            }

            if (t.EndsWith("h-of-day", StringComparison.Ordinal) && int.TryParse(t[..^8], NumberStyles.None, CultureInfo.InvariantCulture, out var tod))
            {
                return HoursOfDay(tod);
            }

            if (t.EndsWith("min", StringComparison.Ordinal) && int.TryParse(t[..^3], NumberStyles.None, CultureInfo.InvariantCulture, out var minutes))
            {
                return Minutes(minutes);
            }

            if (t.EndsWith('h') && int.TryParse(t[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var hours))
            {
                return Hours(hours);
            }
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new InvalidOptionException(optionName, e.Message.Split(" (Parameter", StringSplitOptions.None)[0]);
        }

        throw new InvalidOptionException(optionName, "not a temporal resolution: use minute, 15min, hour, 4h, day, week, hour-of-day, 4h-of-day or none.");
    }

    /// <summary>Parses a comma-separated list of resolutions.</summary>
    /// <param name="text">The list, e.g. <c>hour,4h,day</c>.</param>
    /// <param name="optionName">The option it came from.</param>
    /// <returns>The resolutions, in order.</returns>
    public static IReadOnlyList<TemporalResolution> ParseList(string text, string optionName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var list = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(t => Parse(t, optionName)).ToArray();
        return list.Length > 0 ? list : throw new InvalidOptionException(optionName, "give at least one resolution.");
    }

    /// <summary>The time bin of an absolute time (seconds since 0001-01-01, a Monday).</summary>
    internal long Bin(long absoluteSeconds)
        => WindowSeconds == 0 ? 0 : IsTimeOfDay ? (absoluteSeconds % SecondsPerDay) / WindowSeconds : absoluteSeconds / WindowSeconds;

    /// <inheritdoc/>
    public bool Equals(TemporalResolution? other) => other is not null && other.WindowSeconds == WindowSeconds && other.IsTimeOfDay == IsTimeOfDay;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TemporalResolution);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(WindowSeconds, IsTimeOfDay);

    /// <summary>The text form, e.g. <c>hour</c>, <c>4h</c>, <c>day</c>, <c>hour-of-day</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => text;

    private static void CheckHours(int hours)
    {
        if (hours < 1 || 24 % hours != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(hours), hours, "hour windows must divide a day (1, 2, 3, 4, 6, 8, 12 or 24).");
        }
    }
}
