using System.Diagnostics;
using System.Globalization;
using CsvHelper;
using RiskNotebooks.Data;
using RiskNotebooks.Registry;

namespace RiskNotebooks.Benchmarks;

/// <summary>
/// Where the time of <c>reid</c> goes, stage by stage, in one process (page cache warm after the first stage):
/// <c>dotnet run -c Release --project tests/RiskNotebooks.Benchmarks -- profile-reid FILE QI1,QI2,...</c>.
/// </summary>
/// <remarks>
/// Stages: read (the file's bytes, nothing else), scan (the first pass: encoding, lines), decode (CsvHelper's parse of
/// every record and the spans of the wanted cells, no encoding), load (the whole <see cref="CsvTableReader.Load"/>: scan,
/// decode and dictionary-encode; CsvHelper's path, then the one <c>reid</c> takes, the parallel reader for large plain files), group (<see cref="EquivalenceClasses.Build(Table, IReadOnlyList{string}, CancellationToken)"/>),
/// and measures (<see cref="ReidentificationAnalysis.Run"/>, which groups again, minus the group stage).
/// </remarks>
internal static class ReidProfile
{
    internal static void Run(string path, string[] qis, int repeats)
    {
        if (Environment.GetEnvironmentVariable("RISKNB_PROFILE_READER_ONLY") == "1")
        {
            for (var i = 0; i < repeats; i++)
            {
                Console.WriteLine("parallel reader " + Time(() => UnquotedCsvReader.TryLoad(path, new CsvLoadOptions { Columns = qis }, 0, default)));
            }

            return;
        }

        for (var run = 0; run < repeats; run++)
        {
            var read = Time(() => ReadAll(path));
            var scan = Time(() => FileScan.Run(path, default));
            var decode = Time(() => DecodeOnly(path, qis));
            Table table = null!;
            var options = new CsvLoadOptions { Columns = qis };
            var robust = Time(() => table = CsvTableReader.LoadWithCsvHelper(path, options, default));
            var load = Time(() => table = CsvTableReader.Load(path, options));
            var fast = Time(() => Console.Write(UnquotedCsvReader.TryLoad(path, options, 0, default) is null ? "(not plain) " : ""));
            var group = Time(() => EquivalenceClasses.Build(table, qis));
            var all = Time(() => ReidentificationAnalysis.Run(table, new ReidentificationOptions { QuasiIdentifiers = qis, Population = PopulationModel.OfSamplingFraction(0.1) }));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run + 1}: rows {table.RowCount:N0}\n  read {read}\n  scan {scan}\n  decode {decode}\n  CsvHelper load (scan, decode, encode) {robust}\n  load {load}\n  parallel reader {fast}\n  group {group}\n  all measures (group included) {all}"));
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

    private static long ReadAll(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new byte[1 << 20];
        long total = 0;
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            total += read;
        }

        return total;
    }

    private static long DecodeOnly(string path, string[] qis)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        using var reader = CsvReader.Create(stream, new CsvReaderOptions { HasHeader = true, TrackLineNumbers = false, IncludeValuesInExceptions = false, SkipEmptyLines = true, TrimWhitespace = true, TrimInsideQuotes = true, BufferSize = 1 << 20 }, leaveOpen: true);
        reader.ReadHeader();
        var wanted = qis.Select(q => Table.IndexOf(reader.Headers, q)).ToArray();
        long bytes = 0;
        while (reader.Read())
        {
            foreach (var i in wanted)
            {
                bytes += reader.GetSpan(i).Length;
            }
        }

        return bytes;
    }
}
