namespace RiskNotebooks.Cli;

/// <summary>The entry point of <c>risknb</c>.</summary>
public static class Program
{
    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0 ok, 2 bad usage or bad input, 1 internal error.</returns>
    public static int Main(string[] args) => CliApp.Run(args, Console.Out, Console.Error);
}
