using System.Security.Cryptography;
using System.Text;

namespace RiskNotebooks.Cli.Tests.Fuzzing;

/// <summary>
/// Runs generated cases against <c>risknb</c> in-process and checks the promises every run must keep, whatever the input:
/// exit code 0 or 2 (never an internal error), no stack trace, the planted marker in no output, no report and no error
/// message, inputs byte-identical afterwards, no file written outside the chosen output folder, and bounded time.
/// </summary>
public static class FuzzOracle
{
    /// <summary>The string planted in cells, user ids, document texts and names: it must never come out.</summary>
    public const string Marker = "QZXMARK";

    /// <summary>How long one case may take.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(60);

    /// <summary>How many runs ended with each exit code since the process started (to see that cases get past the checks).</summary>
    public static System.Collections.Concurrent.ConcurrentDictionary<string, int> Outcomes { get; } = new();

    /// <summary>Runs every case; returns the failures, each with its kind.</summary>
    public static IReadOnlyList<(string Kind, FuzzCase Case, string Detail)> Run(IEnumerable<FuzzCase> cases)
    {
        var failures = new List<(string, FuzzCase, string)>();
        foreach (var fuzzCase in cases)
        {
            var problems = Check(fuzzCase);
            foreach (var (kind, detail) in problems)
            {
                failures.Add((kind, fuzzCase, detail));
            }

            if (problems.Count > 0 && Environment.GetEnvironmentVariable("RISKNB_FUZZ_DUMP") is { Length: > 0 } dump)
            {
                // Keep the failing case's inputs and command line, to reproduce it outside the test.
                var folder = Path.Combine(dump, $"{fuzzCase.Label}-{failures.Count:D4}");
                foreach (var (name, bytes) in fuzzCase.Inputs)
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, "in", name))!);
                    File.WriteAllBytes(Path.Combine(folder, "in", name), bytes);
                }

                File.WriteAllLines(Path.Combine(folder, "command.txt"), [.. fuzzCase.Arguments, .. problems.Select(p => $"# {p.Kind}: {p.Detail}")]);
            }
        }

        return failures;
    }

    /// <summary>Runs one case and lists what it broke (empty when it kept every promise).</summary>
    public static IReadOnlyList<(string Kind, string Detail)> Check(FuzzCase fuzzCase)
    {
        var work = Directory.CreateTempSubdirectory("risknb-fuzz-").FullName;
        try
        {
            var input = Directory.CreateDirectory(Path.Combine(work, "in")).FullName;
            var output = Directory.CreateDirectory(Path.Combine(work, "out")).FullName;
            foreach (var (name, bytes) in fuzzCase.Inputs)
            {
                var path = Path.Combine(input, name);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, bytes);
            }

            // A symbolic link loop, for the cases that name it as a file.
            File.CreateSymbolicLink(Path.Combine(input, "loop"), Path.Combine(input, "loop2"));
            File.CreateSymbolicLink(Path.Combine(input, "loop2"), Path.Combine(input, "loop"));
            var before = Snapshot(input);
            var arguments = fuzzCase.Arguments.Select(a => a.Replace("{in}", input, StringComparison.Ordinal).Replace("{out}", output, StringComparison.Ordinal)).ToArray();
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var run = Task.Run(() => CliApp.Run(arguments, TextWriter.Synchronized(stdout), TextWriter.Synchronized(stderr)));
            var problems = new List<(string, string)>();
            if (!run.Wait(TimeLimit))
            {
                problems.Add(("time", $"still running after {TimeLimit.TotalSeconds} s"));
                return problems; // the run goes on in the background; its files are left alone
            }

            var code = run.Result;
            var error = stderr.ToString();
            // The output may repeat what the user typed (a path, an unknown option), never what the tool read.
            var typed = arguments.Where(a => a.Contains(Marker, StringComparison.Ordinal))
                .SelectMany(a => a.Split(',').Append(a)).Where(a => a.Contains(Marker, StringComparison.Ordinal))
                .Distinct().OrderByDescending(a => a.Length).ToArray();
            var printed = WithoutTyped(stdout + error, typed);
            Outcomes.AddOrUpdate($"{fuzzCase.Label} exit {code}", 1, (_, n) => n + 1);
            if (Environment.GetEnvironmentVariable("RISKNB_FUZZ_VERBOSE") is "1")
            {
                Console.Error.WriteLine($"{fuzzCase.Label} exit {code}: {FirstLine(error.Replace(input, "{in}", StringComparison.Ordinal).Replace(output, "{out}", StringComparison.Ordinal))}");
            }

            if (code is not (ExitCodes.Ok or ExitCodes.BadInput))
            {
                problems.Add(("exit code", $"exit {code}: {FirstLine(error)}"));
            }

            if (error.Contains("   at ", StringComparison.Ordinal) || error.Contains("internal error", StringComparison.Ordinal))
            {
                problems.Add(("stack trace", FirstLine(error)));
            }

            if (printed.Contains(Marker, StringComparison.Ordinal))
            {
                problems.Add(("marker printed", Around(printed)));
            }

            var recordLevel = fuzzCase.RecordLevelOutput?.Replace("{out}", output, StringComparison.Ordinal);
            foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories))
            {
                if (file == recordLevel || IsRedactedCopy(fuzzCase, output, file))
                {
                    continue;
                }

                var text = WithoutTyped(Encoding.UTF8.GetString(File.ReadAllBytes(file)), typed);
                if (text.Contains(Marker, StringComparison.Ordinal))
                {
                    problems.Add(("marker in a file", $"{Path.GetRelativePath(output, file)}: {Around(text)}"));
                }
            }

            var after = Snapshot(input);
            foreach (var (name, hash) in before)
            {
                if (!after.TryGetValue(name, out var now) || now != hash)
                {
                    problems.Add(("input changed", name));
                }
            }

            foreach (var name in after.Keys.Except(before.Keys))
            {
                problems.Add(("file outside the output folder", name));
            }

            foreach (var entry in Directory.EnumerateFileSystemEntries(work))
            {
                if (entry != input && entry != output)
                {
                    problems.Add(("file outside the output folder", Path.GetFileName(entry)));
                }
            }

            return problems;
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
                // a run that timed out may still hold its files
            }
        }
    }

    /// <summary>Redacted copies hold the documents' own text (the user asked for it), so the marker may stand there.</summary>
    private static bool IsRedactedCopy(FuzzCase fuzzCase, string output, string file)
    {
        var redact = fuzzCase.Arguments.SkipWhile(a => a != "--redact").Skip(1).FirstOrDefault()?.Replace("{out}", output, StringComparison.Ordinal);
        return redact is not null && file.StartsWith(redact.TrimEnd('/') + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    private static string WithoutTyped(string text, IEnumerable<string> typed)
        => typed.Aggregate(text, (t, argument) => t.Replace(argument, string.Empty, StringComparison.Ordinal)
            .Replace(System.Text.Json.JsonEncodedText.Encode(argument).ToString(), string.Empty, StringComparison.Ordinal));

    private static Dictionary<string, string> Snapshot(string folder)
        => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => File.ResolveLinkTarget(f, returnFinalTarget: false) is null)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim() is { Length: > 200 } line ? line[..200] + "..." : text.Split('\n', 2)[0].Trim();

    private static string Around(string text)
    {
        var at = text.IndexOf(Marker, StringComparison.Ordinal);
        var start = Math.Max(0, at - 80);
        return text.Substring(start, Math.Min(text.Length - start, 160 + Marker.Length)).ReplaceLineEndings(" ");
    }
}
