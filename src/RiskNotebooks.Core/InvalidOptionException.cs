namespace RiskNotebooks;

/// <summary>An option (of the command line, a magic command or an options object) has a value that cannot be used.</summary>
public sealed class InvalidOptionException : RiskNotebooksException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="optionName">The option, as the user writes it (for example <c>--threshold</c>).</param>
    /// <param name="problem">What is wrong with its value.</param>
    public InvalidOptionException(string optionName, string problem)
        : base($"{optionName}: {problem}")
    {
        OptionName = optionName;
    }

    /// <summary>The option at fault.</summary>
    public string OptionName { get; }
}
