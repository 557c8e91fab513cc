using BenchmarkDotNet.Running;

namespace RiskNotebooks.Benchmarks;

/// <summary>Runs the BenchmarkDotNet suites: <c>dotnet run -c Release --project tests/RiskNotebooks.Benchmarks -- --filter *</c>; the stage profile of <c>reid</c>: <c>-- profile-reid FILE QI1,QI2,...</c>.</summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["profile-reid", var path, var qis, ..])
        {
            ReidProfile.Run(path, qis.Split(','), args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 3);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
