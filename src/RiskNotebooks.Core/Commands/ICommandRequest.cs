namespace RiskNotebooks.Commands;

/// <summary>
/// The request of one command: every option with its default, set by any host from the command's <see cref="CommandTable"/>.
/// </summary>
public interface ICommandRequest
{
    /// <summary>Checks the options that only make sense together, before any work is done (before any file is loaded).</summary>
    /// <exception cref="InvalidOptionException">The check that failed, naming the option as every host spells it.</exception>
    void Validate();
}
