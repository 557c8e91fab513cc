namespace RiskNotebooks.Location;

/// <summary>
/// The privacy attacks of scikit-mobility (<c>skmob/privacy/attacks.py</c>; Pellungrini, Pappalardo, Pratesi and Monreale,
/// <i>A Data Mining Approach to Assess Privacy Risk in Human Mobility Data</i>, ACM TIST 9(3), 2017): what the attacker
/// knows about a user, and when another user's data is compatible with it.
/// </summary>
/// <remarks>
/// The attacker's background knowledge is an instance of length k taken from the user's own data (every combination of k
/// of its records, or of k of its distinct places); a user's risk is the maximum over instances of 1 / the number of users
/// whose data are compatible with the instance (the user included).
/// </remarks>
public enum MobilityAttack
{
    /// <summary>
    /// <c>LocationAttack</c>: k records' places, without time; compatible when the other user visited each place at least
    /// as many times as the instance holds it.
    /// </summary>
    Location,

    /// <summary>
    /// <c>LocationSequenceAttack</c>: k records' places in the order visited; compatible when they form a subsequence of the
    /// other user's places in time order.
    /// </summary>
    LocationSequence,

    /// <summary>
    /// <c>LocationTimeAttack</c>: k records' places with their times at a precision (<see cref="TimePrecision"/>); compatible
    /// when the other user has at least as many records at each (place, time).
    /// </summary>
    LocationTime,

    /// <summary><c>UniqueLocationAttack</c>: k distinct places the user visited; compatible when the other user visited all.</summary>
    UniqueLocation,

    /// <summary>
    /// <c>LocationFrequencyAttack</c>: k distinct places with the user's visit counts; compatible when the other user visited
    /// each place f times with the instance's count within f ± f × tolerance.
    /// </summary>
    LocationFrequency,

    /// <summary>
    /// <c>LocationProbabilityAttack</c>: k distinct places with the share of the user's records at each; compatible when the
    /// other user's share p at each place has the instance's share within p ± p × tolerance.
    /// </summary>
    LocationProbability,

    /// <summary>
    /// <c>LocationProportionAttack</c>: k distinct places with visit counts relative to the most visited of them; compatible
    /// when the other user visited all and each relative count q has the instance's within q ± q × tolerance.
    /// </summary>
    LocationProportion,

    /// <summary>
    /// <c>HomeWorkAttack</c>: the user's two most visited places (home and work; one place if the user has one);
    /// compatible when they are among the other user's two most visited places. k does not apply.
    /// </summary>
    HomeWork,
}
