using System.Text.RegularExpressions;

namespace RiskNotebooks;

/// <summary>An option (of the command line, a magic command or an options object) has a value that cannot be used.</summary>
/// <remarks>
/// The engine names the property of its options object (<c>Threshold</c>), or the parameter, at fault; a host that spells
/// its options otherwise (<c>--threshold</c>) turns the name into its own spelling with <see cref="Respell"/>. Options of
/// the command layer are named as users type them already.
/// </remarks>
public sealed class InvalidOptionException : RiskNotebooksException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="optionName">The option at fault: the property (for example <c>Threshold</c>) in the engine, the option as the user writes it (for example <c>--threshold</c>) in a host.</param>
    /// <param name="problem">What is wrong with its value.</param>
    /// <param name="relatedOptions">Other options that <paramref name="problem"/> names, spelled the way <paramref name="optionName"/> is, so that <see cref="Respell"/> can spell them too.</param>
    public InvalidOptionException(string optionName, string problem, params IReadOnlyList<string> relatedOptions)
        : this(optionName, problem, relatedOptions, null)
    {
    }

    private InvalidOptionException(string optionName, string problem, IReadOnlyList<string> relatedOptions, Exception? innerException)
        : base($"{optionName}: {problem}", innerException)
    {
        OptionName = optionName;
        Problem = problem;
        RelatedOptions = relatedOptions;
    }

    /// <summary>The option at fault.</summary>
    public string OptionName { get; }

    /// <summary>What is wrong, without the option's name.</summary>
    public string Problem { get; }

    /// <summary>Other options that <see cref="Problem"/> names (for example "give either Population or SamplingFraction").</summary>
    public IReadOnlyList<string> RelatedOptions { get; }

    /// <summary>
    /// The same error with the option and the options its problem names spelled as a host spells them (the engine's
    /// <c>Threshold</c> as the command line's <c>--threshold</c>); this exception itself when nothing is respelled.
    /// </summary>
    /// <param name="spelling">A host's spelling of an option name, or <see langword="null"/> to keep the name.</param>
    /// <returns>The respelled exception, whose inner exception is this one.</returns>
    public InvalidOptionException Respell(Func<string, string?> spelling)
    {
        ArgumentNullException.ThrowIfNull(spelling);
        var name = spelling(OptionName) ?? OptionName;
        var problem = RespellText(Problem, RelatedOptions, spelling);
        return name == OptionName && problem == Problem ? this : new InvalidOptionException(name, problem, [], this);
    }

    /// <summary>A text with each of the option names it mentions (as whole words) spelled as a host spells them.</summary>
    /// <param name="text">The text, such as a problem.</param>
    /// <param name="options">The engine's names of the options it mentions.</param>
    /// <param name="spelling">A host's spelling of an option name, or <see langword="null"/> to keep the name.</param>
    /// <returns>The text respelled.</returns>
    internal static string RespellText(string text, IReadOnlyList<string> options, Func<string, string?> spelling)
    {
        foreach (var option in options)
        {
            if (spelling(option) is { } spelled)
            {
                text = Regex.Replace(text, $@"(?<![\w-]){Regex.Escape(option)}(?![\w-])", spelled.Replace("$", "$$", StringComparison.Ordinal));
            }
        }

        return text;
    }
}
