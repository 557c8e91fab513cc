using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.DotNet.Interactive.Events;
using Xunit.Abstractions;

namespace RiskNotebooks.Interactive.Tests;

/// <summary>
/// Fuzzing of the magic commands' option parsing in a kernel: generated cells of every command with hostile option
/// values, over files that hold a planted marker (in cells, user ids, document names and texts). Each cell must succeed
/// or fail with the command's own message; no message, display or exported report may carry the marker, and no file may
/// appear outside the output folder. A fixed seed (RISKNB_FUZZ_SEED to change it) keeps the cases the same in every build.
/// </summary>
[Collection("kernel")]
public sealed class MagicCommandFuzzTests(ITestOutputHelper log)
{
    private const string Marker = "QZXMARK";

    [Fact]
    public async Task Magic_commands_keep_every_promise_on_hostile_options()
    {
        var seed = ulong.TryParse(Environment.GetEnvironmentVariable("RISKNB_FUZZ_SEED"), CultureInfo.InvariantCulture, out var s) ? s : 20261202;
        var work = Directory.CreateTempSubdirectory("risknb-magic-fuzz-").FullName;
        try
        {
            var input = Directory.CreateDirectory(Path.Combine(work, "in")).FullName;
            var output = Directory.CreateDirectory(Path.Combine(work, "out")).FullName;
            WriteInputs(input);
            var before = Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
            var cells = Cells(input, output).Sample(60, new Rnd(seed), 30);

            using var notebook = await NotebookKernel.StartAsync();
            var problems = new List<string>();
            int succeeded = 0, failed = 0;
            foreach (var code in cells)
            {
                var cell = await notebook.RunAsync(code);
                // A message may repeat what the user typed (a column name, a path), never what was read.
                var typed = code.Split([' ', ',', '"'], StringSplitOptions.RemoveEmptyEntries).Where(t => t.Contains(Marker, StringComparison.Ordinal)).OrderByDescending(t => t.Length).ToArray();
                string Read(string text) => typed.Aggregate(text, (t, token) => t.Replace(token, string.Empty, StringComparison.Ordinal));
                if (cell.Failure is { } typedFailure && Read(typedFailure) is var failure)
                {
                    failed++;
                    if (failure.Contains(Marker, StringComparison.Ordinal) || failure.Contains("   at ", StringComparison.Ordinal))
                    {
                        problems.Add($"message: {failure.ReplaceLineEndings(" ")[..Math.Min(200, failure.Length)]}\n    {code}");
                    }
                }
                else
                {
                    succeeded++;
                }

                var shown = Read(string.Join("\n", cell.Events.OfType<DisplayEvent>().SelectMany(e => e.FormattedValues).Select(v => v.Value)));
                if (shown.Contains(Marker, StringComparison.Ordinal))
                {
                    problems.Add($"display carries the marker\n    {code}");
                }
            }

            foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories))
            {
                if (File.ReadAllText(file).Contains(Marker, StringComparison.Ordinal))
                {
                    problems.Add($"exported file carries the marker: {Path.GetFileName(file)}");
                }
            }

            foreach (var (file, bytes) in before)
            {
                Assert.Equal(bytes, File.ReadAllBytes(file)); // inputs unchanged
            }

            Assert.Equal(before.Keys.Order(StringComparer.Ordinal), Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            Assert.Equal(["in", "out"], Directory.EnumerateFileSystemEntries(work).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            log.WriteLine($"{cells.Length} cells (seed {seed}): {succeeded} succeeded, {failed} failed cleanly, {problems.Count} problems");
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static void WriteInputs(string input)
    {
        var rows = Enumerable.Range(0, 300).Select(i => $"{1950 + i % 60}-0{1 + i % 9}-1{i % 10},{(i % 2 == 0 ? "M" : "F")},{11400 + i % 7},{(i % 50 == 0 ? Marker + i : "J45")},{1 + i % 3}");
        File.WriteAllText(Path.Combine(input, "table.csv"), "birth_date,sex,postcode,diagnosis,weight\n" + string.Join("\n", rows) + "\n");
        File.WriteAllText(Path.Combine(input, "headerless.csv"), $"1970-01-01,M,{Marker} 19121212-1212,J45\n1980-02-02,F,11455,E11\n");
        File.WriteAllText(Path.Combine(input, "quote.csv"), $"sex,\"county\nM,{Marker}\nF,x\n");
        var traces = Enumerable.Range(0, 200).Select(i => $"{(i % 40 == 0 ? Marker : "u")}{i % 20},2023-03-0{6 + i % 3} {8 + i % 12:D2}:00:00,{45.40 + i % 7 * 0.01:F2},{9.10 + i % 5 * 0.01:F2}");
        File.WriteAllText(Path.Combine(input, "traces.csv"), "uid,datetime,lat,lng\n" + string.Join("\n", traces) + "\n");
        Directory.CreateDirectory(Path.Combine(input, "docs"));
        File.WriteAllText(Path.Combine(input, "docs", $"{Marker}-interview.txt"), $"Patienten {Marker} Karlsson, 19121212-1212, bor i Umeå och har diabetes.");
        File.WriteAllText(Path.Combine(input, "docs", "note.txt"), "He is a member of the union and works as a teacher in Leeds.");
        File.WriteAllBytes(Path.Combine(input, "key"), Enumerable.Range(0, 32).Select(i => (byte)(i * 37 + 11)).ToArray());
    }

    private static Gen<string> Value(params string[] values) => Gen.Elements(values);

    private static Gen<string> Cells(string input, string output)
    {
        string In(string name) => "\"" + Path.Combine(input, name) + "\"";
        string Out(string name) => "\"" + Path.Combine(output, name) + "\"";
        var load = from file in Value(In("table.csv"), In("table.csv"), In("headerless.csv"), In("quote.csv"), In("nosuch.csv"), In("docs"), "\"\"", "/dev/zero")
                   from options in Options(("--delimiter", [",", ";", "tab", "x", ""]), ("--missing", ["NA", ""]), ("--name", ["t", "1x", Marker, "class"]))
                   select $"#!risk-load {file}{options}";
        var roles = from options in Options(("--qi", ["sex,postcode", "birth_date,sex,postcode", "nosuch", Marker, ""]), ("--sensitive", ["diagnosis", "nosuch"]), ("--weight", ["weight", "sex"]))
                    select $"#!risk-roles{options}";
        var reid = from options in Options(("--qi", ["sex,postcode", "nosuch", Marker + "x"]), ("--threshold", ["0.2", "-1", "2", "abc"]), ("--population", ["1000", "0", "-5"]),
                       ("--sampling-fraction", ["0.01", "0", "7"]), ("--subsets", [""]), ("--as", ["r", "my-report"]))
                   select $"#!reid{options}";
        var heatmap = from kind in Value("qi-pairs", "subsets", "classes", "nosuch", Marker) select $"#!risk-heatmap --kind {kind}";
        var location = from file in Value(In("traces.csv"), In("traces.csv"), In("table.csv"), In("nosuch.csv"), "")
                       from options in Options(("--spatial", ["raw", "2km", "0km", "x"]), ("--temporal", ["hour", "day", "x"]), ("--points", ["1..2", "0", "x"]),
                           ("--attack", ["home-work", "location", "x"]), ("--k", ["1", "0"]), ("--compat", ["skmob", "x"]), ("--top-n", ["none", "0", "1..3"]), ("--grid", [""]))
                       select $"#!risk-location {file}{options}";
        var text = from path in Value(In("docs"), In("docs"), In("docs/" + Marker + "-interview.txt"), In("nosuch"), "")
                   from options in Options(("--lang", ["sv", "en", "xx"]), ("--min-confidence", ["0.5", "2"]), ("--redact", [Out("red"), In("docs")]), ("--key-file", [In("key"), In("table.csv"), "\"\""]))
                   select $"#!risk-text {path}{options}";
        var export = from file in Value(Out("r.html"), Out("r.html"), Out("r.txt"), In("table.csv"), Out("missing/r.html")) select $"#!risk-export {file}";
        return Gen.Frequency((3, load), (2, roles), (3, reid), (1, heatmap), (3, location), (2, text), (2, export));
    }

    private static Gen<string> Options(params (string Name, string[] Values)[] options) =>
        from count in Gen.Choose(0, 3)
        from order in Gen.Shuffle(options)
        from values in Gen.CollectToArray(order.Take(count).Select(o => Gen.Elements(o.Values).Select(v => v.Length == 0 && o.Name is "--subsets" or "--grid" ? $" {o.Name}" : $" {o.Name} {v}")))
        select string.Concat(values);
}
