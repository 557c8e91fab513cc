using System.Text.Json;

namespace RiskNotebooks.Assessment;

/// <summary>
/// The ids by which assessment files, JSON output and the schemas name the values of the model's enumerations: the
/// member name in kebab case (<see cref="ReleaseSetting.SecureEnclave"/> is <c>secure-enclave</c>,
/// <see cref="SpecialCategory.SexLifeOrSexualOrientation"/> is <c>sex-life-or-sexual-orientation</c>).
/// </summary>
public static class Vocabulary
{
    /// <summary>The id of a value: its member name in kebab case.</summary>
    /// <typeparam name="T">The enumeration.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The id.</returns>
    public static string Id<T>(T value)
        where T : struct, Enum
        => Enum.IsDefined(value) ? Kebab(value.ToString()) : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a {typeof(T).Name}.");

    /// <summary>The id with spaces for words, for readable output (<c>secure enclave</c>).</summary>
    /// <typeparam name="T">The enumeration.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The words.</returns>
    public static string Words<T>(T value)
        where T : struct, Enum
        => Id(value).Replace('-', ' ');

    /// <summary>Every id of an enumeration, in declaration order.</summary>
    /// <typeparam name="T">The enumeration.</typeparam>
    /// <returns>The ids.</returns>
    public static IReadOnlyList<string> Ids<T>()
        where T : struct, Enum
        => Enum.GetValues<T>().Select(Id).ToArray();

    /// <summary>The value whose id this is (case-insensitive), or <see langword="null"/>.</summary>
    /// <typeparam name="T">The enumeration.</typeparam>
    /// <param name="id">The id.</param>
    /// <returns>The value, or <see langword="null"/> when the id names none.</returns>
    public static T? TryParse<T>(string? id)
        where T : struct, Enum
    {
        if (id is null)
        {
            return null;
        }

        foreach (var value in Enum.GetValues<T>())
        {
            if (string.Equals(Id(value), id.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    private static string Kebab(string name) => JsonNamingPolicy.KebabCaseLower.ConvertName(name);
}
