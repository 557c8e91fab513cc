namespace RiskNotebooks.Location;

/// <summary>Whether the attacks follow scikit-mobility's documentation or reproduce what its code computes.</summary>
/// <remarks>
/// scikit-mobility (<c>skmob/privacy/attacks.py</c> and <c>skmob/utils/utils.py</c>, checked at commit 9433d05 of
/// 2023-01-20) differs from its documentation in two places: <c>HomeWorkAttack</c> takes the first two rows of each
/// user's frequency vector, which <c>frequency_vector</c> sorts by ascending frequency, so it uses the two <i>least</i>
/// visited places; and <c>date_time_precision</c> builds the time key of <c>LocationTimeAttack</c> by concatenating the
/// numbers without separators, for <c>Hour</c> from year, month, day and month again (no hour: it works at day
/// resolution), for <c>Minute</c> from year, month, day, month and minute (no hour), and for <c>Day</c> from year, month and
/// day, so that, e.g., 2011-01-11 and 2011-11-01 give the same key "2011111" (minute and second keys collide across days
/// the same way). scikit-mobility also knows places only by their coordinates: with <see cref="ScikitMobility"/>,
/// antennas on one site are one place, and places must be compared at raw resolution.
/// </remarks>
public enum AttackCompatibility
{
    /// <summary>What the documentation says: home and work are the two most visited places; time keys are proper dates.</summary>
    Documented,

    /// <summary>
    /// What scikit-mobility computes: the two least visited places, its concatenated time keys, places by coordinates;
    /// use it to reconcile results user by user with scikit-mobility's.
    /// </summary>
    ScikitMobility,
}
