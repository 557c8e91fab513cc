namespace RiskNotebooks;

/// <summary>
/// The root of every error RiskNotebooks reports about its input or its options.
/// </summary>
/// <remarks>
/// Messages name the file, line, column or option at fault and never carry a record's values:
/// the data this library reads is personal data, and exception messages end up in logs and notebooks.
/// </remarks>
public class RiskNotebooksException : Exception
{
    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong, without record values.</param>
    public RiskNotebooksException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    /// <param name="message">What went wrong, without record values.</param>
    /// <param name="innerException">The cause.</param>
    public RiskNotebooksException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
