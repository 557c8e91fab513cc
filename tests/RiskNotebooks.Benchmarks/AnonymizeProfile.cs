using System.Diagnostics;
using System.Globalization;
using RiskNotebooks.Commands;
using RiskNotebooks.Data;
using RiskNotebooks.Registry;
using RiskNotebooks.Treatment;

namespace RiskNotebooks.Benchmarks;

/// <summary>
/// Where the time of <c>anonymize</c> goes, stage by stage, in one process (page cache warm):
/// <c>dotnet run -c Release --project tests/RiskNotebooks.Benchmarks -- profile-anonymize FILE QI1,QI2,... HIERARCHIES [k] [suppression]</c>.
/// </summary>
/// <remarks>
/// Stages, as <see cref="TreatmentAnalysis.Run"/> runs them: load (every column, as a release needs them), settings (the
/// hierarchies read and checked), lattice (each record's leaves, the bottom classes), search, the registry measures
/// before, the release (classify every record, the generalised columns) and the measures after.
/// </remarks>
internal static class AnonymizeProfile
{
    internal static void Run(string path, string[] qis, string hierarchies, int k, double suppression, int repeats)
    {
        for (var run = 0; run < repeats; run++)
        {
            Table table = null!;
            AnonymizationSettings settings = null!;
            GeneralizationLattice lattice = null!;
            AnonymizationResult search = null!;
            var load = Time(() => table = CsvTableReader.Load(path, new CsvLoadOptions()));
            var request = new AnonymizeRequest { QuasiIdentifiers = qis, HierarchyFolder = hierarchies, Targets = $"k={k}", MaxSuppression = suppression };
            var prepare = Time(() => settings = request.ToSettings(table, qis));
            var build = Time(() => lattice = new GeneralizationLattice(table, settings, default));
            var find = Time(() => search = OptimalSearch.Run(lattice, default));
            var options = new ReidentificationOptions { QuasiIdentifiers = qis };
            var before = Time(() => ReidentificationAnalysis.Run(table, options));
            Release release = null!;
            var make = Time(() => release = Release.Create(lattice, search.Optimum!.Transformation, new ReleaseOptions(), null));
            var after = Time(() => ReidentificationAnalysis.Run(release.Table, options));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run + 1}: rows {table.RowCount:N0}, {search.Evaluated.Count:N0} nodes evaluated\n  load {load}\n  settings {prepare}\n  lattice {build}\n  search {find}\n  measures before {before}\n  release {make}\n  measures after {after}"));
        }
    }

    private static string Time(Action action)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        action();
        var wall = watch.Elapsed.TotalSeconds;
        process.Refresh();
        return string.Create(CultureInfo.InvariantCulture, $"{wall:F3} s ({(process.TotalProcessorTime - cpu).TotalSeconds:F2} CPU-s)");
    }
}
