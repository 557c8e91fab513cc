using BenchmarkDotNet.Running;

namespace RiskNotebooks.Benchmarks;

/// <summary>Runs the BenchmarkDotNet suites: <c>dotnet run -c Release --project tests/RiskNotebooks.Benchmarks -- --filter *</c>; the stage profiles of <c>reid</c> (<c>-- profile-reid FILE QI1,QI2,...</c>) and <c>anonymize</c> (<c>-- profile-anonymize FILE QI1,QI2,... HIERARCHIES [k] [suppression]</c>).</summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["profile-reid", var path, var qis, ..])
        {
            ReidProfile.Run(path, qis.Split(','), args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 3);
            return;
        }

        if (args is ["profile-anonymize", var file, var quasi, var hierarchies, ..])
        {
            var culture = System.Globalization.CultureInfo.InvariantCulture;
            AnonymizeProfile.Run(file, quasi.Split(','), hierarchies, args.Length > 4 ? int.Parse(args[4], culture) : 5, args.Length > 5 ? double.Parse(args[5], culture) : 0.05, 3);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
