using RiskNotebooks.Kernel.Display;
using RiskNotebooks.Kernel.Execution;

namespace RiskNotebooks.Kernel.Magic;

/// <summary>What a magic command may use from the kernel session it runs in.</summary>
public sealed class MagicContext
{
    private readonly Func<string, (bool Found, object? Value)> variables;

    /// <summary>Creates a context.</summary>
    /// <param name="formatter">The session's formatter (and through it, whether plotly.js went out already).</param>
    /// <param name="output">The running cell's output.</param>
    /// <param name="variables">Looks up a C# variable of the script state by name.</param>
    /// <param name="workingDirectory">The folder relative paths are resolved from (the notebook's folder).</param>
    public MagicContext(DisplayFormatter formatter, ICellOutput output, Func<string, (bool Found, object? Value)> variables, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(variables);
        Formatter = formatter;
        Output = output;
        this.variables = variables;
        WorkingDirectory = workingDirectory;
    }

    /// <summary>Formats values the way the kernel does (our result types as HTML cards; charts with plotly.js once).</summary>
    public DisplayFormatter Formatter { get; }

    /// <summary>The session: <see cref="DisplaySession.PlotlyJsSent"/>, <see cref="DisplaySession.PlotlyJsOnce"/>.</summary>
    public DisplaySession Session => Formatter.Session;

    /// <summary>The running cell's output, for progress or displays sent before the command finishes.</summary>
    public ICellOutput Output { get; }

    /// <summary>The folder relative paths are resolved from.</summary>
    public string WorkingDirectory { get; }

    /// <summary>Looks up a C# variable defined by earlier cells.</summary>
    /// <param name="name">The variable name.</param>
    /// <param name="value">Its latest value.</param>
    /// <returns>Whether the variable exists.</returns>
    public bool TryGetVariable(string name, out object? value)
    {
        (var found, value) = variables(name);
        return found;
    }
}
