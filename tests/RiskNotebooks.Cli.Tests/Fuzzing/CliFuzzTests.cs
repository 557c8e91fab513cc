using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RiskNotebooks.Data;
using RiskNotebooks.Text;
using Xunit.Abstractions;

namespace RiskNotebooks.Cli.Tests.Fuzzing;

/// <summary>
/// The fuzzing suite that stays in the build: generated hostile inputs and options for every command, each run checked
/// by <see cref="FuzzOracle"/>. A fixed seed makes every CI run the same cases (a failure is reproducible from the test
/// output); set RISKNB_FUZZ_SEED to explore other cases and RISKNB_FUZZ_SCALE (a factor, default 1) for more of them.
/// </summary>
/// <remarks>
/// FsCheck rather than SharpFuzz: the inputs worth trying here are structured (a table whose header is a data row, an
/// assessment with a number where a count belongs, an output path that is the input), which generators express directly;
/// the runs need no instrumented build or external fuzzer process, finish in bounded time inside <c>dotnet test</c>, and
/// are deterministic under a seed. Coverage-guided fuzzing of the byte-level readers is left for longer runs outside CI.
/// </remarks>
[Collection("fuzz")]
public sealed class CliFuzzTests(ITestOutputHelper log)
{
    private static readonly ulong Seed = ulong.TryParse(Environment.GetEnvironmentVariable("RISKNB_FUZZ_SEED"), CultureInfo.InvariantCulture, out var seed) ? seed : 20261202;

    private static readonly double Scale = double.TryParse(Environment.GetEnvironmentVariable("RISKNB_FUZZ_SCALE"), CultureInfo.InvariantCulture, out var scale) && scale > 0 ? scale : 1;

    [Fact]
    public void Reid_keeps_every_promise_on_hostile_tables_and_options() => RunCases(FuzzGenerators.Reid, 160);

    [Fact]
    public void Location_keeps_every_promise_on_hostile_traces_and_options() => RunCases(FuzzGenerators.Location, 80);

    [Fact]
    public void Assess_keeps_every_promise_on_hostile_assessment_files() => RunCases(FuzzGenerators.Assess(File.ReadAllText(Example)), 120);

    [Fact]
    public void Text_keeps_every_promise_on_hostile_documents_and_options() => RunCases(FuzzGenerators.Text, 60);

    [Fact]
    public void Every_command_keeps_every_promise_on_random_option_lists() => RunCases(FuzzGenerators.Tokens, 200);

    /// <summary>The CSV reader on arbitrary bytes: it loads, or fails with our error that names no cell value.</summary>
    [Property(MaxTest = 300, Replay = "20261202,1")]
    public void The_csv_reader_loads_or_fails_cleanly_on_any_bytes(byte[] bytes, NonNegativeInt markerAt)
    {
        var planted = bytes.Concat(Encoding.UTF8.GetBytes("," + FuzzOracle.Marker + "\n")).ToArray();
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "t.csv");
        File.WriteAllBytes(path, markerAt.Get % 2 == 0 ? planted : [.. Encoding.UTF8.GetBytes(FuzzOracle.Marker + ","), .. bytes]);
        try
        {
            CsvTableReader.Load(path);
        }
        catch (RiskNotebooksException e)
        {
            Assert.DoesNotContain(FuzzOracle.Marker, e.Message, StringComparison.Ordinal);
        }
    }

    /// <summary>The text scanner on arbitrary text: it finishes, and each finding lies inside the text.</summary>
    [Property(MaxTest = 300, Replay = "20261202,3")]
    public void The_text_scanner_finishes_on_any_text(string text)
    {
        text ??= string.Empty;
        foreach (var finding in new TextScanner().Find(text))
        {
            Assert.InRange(finding.Start, 0L, text.Length);
            Assert.InRange(finding.End, finding.Start, text.Length);
        }
    }

    private void RunCases(Gen<FuzzCase> generator, int count)
    {
        var n = (int)Math.Ceiling(count * Scale);
        var cases = generator.Sample(n, new Rnd(Seed), 30);
        var failures = FuzzOracle.Run(cases);
        var label = cases.Length == 0 ? string.Empty : cases[0].Label;
        var outcomes = string.Join(", ", FuzzOracle.Outcomes.Where(o => o.Key.StartsWith(label + " ", StringComparison.Ordinal)).OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key[(label.Length + 1)..]}: {o.Value}"));
        log.WriteLine($"{n} cases (seed {Seed}; {outcomes}), {failures.Count} failures" + (failures.Count == 0 ? string.Empty : ": " +
            string.Join(", ", failures.GroupBy(f => f.Kind).Select(g => $"{g.Key} {g.Count()}"))));
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20).Select(f => $"[{f.Kind}] {f.Detail}\n    {f.Case}")));
    }

    private static string Example => Path.Combine(AppContext.BaseDirectory, "datasets", "assessments", "demo-registry-enclave.assessment.json");
}

/// <summary>The fuzzing runs one at a time (each already uses the machine, and signal handlers are process-wide).</summary>
[CollectionDefinition("fuzz", DisableParallelization = true)]
public sealed class FuzzCollection;
