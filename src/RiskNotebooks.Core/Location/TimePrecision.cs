namespace RiskNotebooks.Location;

/// <summary>The precision of times in <see cref="MobilityAttack.LocationTime"/> (scikit-mobility's <c>time_precision</c>).</summary>
public enum TimePrecision
{
    /// <summary>The calendar year.</summary>
    Year,

    /// <summary>The year and month.</summary>
    Month,

    /// <summary>The date.</summary>
    Day,

    /// <summary>The date and hour (the default).</summary>
    Hour,

    /// <summary>The date, hour and minute.</summary>
    Minute,

    /// <summary>The date and time to the second.</summary>
    Second,
}
