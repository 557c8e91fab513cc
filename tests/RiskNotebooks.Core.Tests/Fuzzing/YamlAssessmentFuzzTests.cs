using System.Globalization;
using System.Text;
using RiskNotebooks.Guidance;

namespace RiskNotebooks.Core.Tests.Fuzzing;

/// <summary>
/// The YAML assessment reader on damaged copies of a valid file: characters YAML gives a meaning to inserted, lines cut,
/// repeated and re-indented. It must read the file or fail with <see cref="InputFormatException"/> naming a line and no
/// value, and never hang. A fixed seed makes every run the same cases; RISKNB_FUZZ_SEED and RISKNB_FUZZ_SCALE as for the
/// DICOM reader.
/// </summary>
public sealed class YamlAssessmentFuzzTests
{
    private const string Marker = "ZZMARKER93";

    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("RISKNB_FUZZ_SEED"), CultureInfo.InvariantCulture, out var seed) ? seed : 20261203;

    private static readonly double Scale = double.TryParse(Environment.GetEnvironmentVariable("RISKNB_FUZZ_SCALE"), CultureInfo.InvariantCulture, out var scale) && scale > 0 ? scale : 1;

    private static readonly string Valid = $"""
        title: {Marker} project
        setting: shared-under-agreement
        answers:
          personal-data: pseudonymised
          special-categories: [health]
        assets:
          - id: registry
            name: {Marker} registry
            kinds: [demographic]
            subjects: {"{"} count: 1200, vulnerable: [patients] {"}"}
            reidentification: {"{"} probability: 0.2, highest: 0.5, basis: "{Marker} study" {"}"}
          - id: traces
            name: Traces
            reidentification:
              probability: 0.3
              basis: >-
                {Marker} measured elsewhere
        linkage:
          - assets: [registry, traces]
            basis: '{Marker} code'
        controls:
          - {"{"} id: log-review, status: in-place {"}"}
          - id: staff-training
            status: planned
            note: "{Marker}"
        metadata:
          dataUseCodes: ["DUO:0000007"]
          assessedOn: "2026-12-03"
        """;

    private static readonly string[] Specials = [":", "- ", "#", "&a ", "*a", "!", "|", ">", "'", "\"", "{", "}", "[", "]", ",", "? ", "---", "\t", "%", "@", "`", "\\", "  ", "\n", "\u00e9", "\uFEFF", "0x1F", "1e999", "-", "~", "null", Marker];

    [Fact]
    public async Task Damaged_yaml_is_read_or_refused_with_our_error_and_never_hangs()
    {
        var folder = AppContext.BaseDirectory;
        Assert.Equal(0.3 + 0.2 - 0.06, AssessmentFile.ParseYaml(Valid, folder).Evaluate().Result.InitialLikelihood.Reidentification.Probability, 12);
        var iterations = (int)Math.Ceiling(3000 * Scale);
        var failures = new List<string>();
        int read = 0, refused = 0;

        await Task.Run(() =>
        {
            var random = new Random(Seed);
            for (var i = 0; i < iterations; i++)
            {
                var text = Mutate(Valid, random);
                try
                {
                    AssessmentFile.ParseYaml(text, folder, "case.yaml");
                    read++;
                }
                catch (InputFormatException e)
                {
                    refused++;
                    if (WithoutPropertyName(e.Message).Contains(Marker, StringComparison.Ordinal))
                    {
                        failures.Add($"case {i}: the message holds a value: {e.Message}");
                    }
                }
                catch (InvalidOptionException e)
                {
                    refused++;
                    if (e.Message.Contains(Marker, StringComparison.Ordinal))
                    {
                        failures.Add($"case {i}: the message holds a value: {e.Message}");
                    }
                }
                catch (Exception e)
                {
                    failures.Add($"case {i}: {e.GetType().Name}: {e.Message} {e.StackTrace}");
                }
            }
        }).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.True(failures.Count == 0, $"seed {Seed}: {failures.Count} failures, first: {string.Join("\n", failures.Take(5))}");
        Assert.True(read > 0 && refused > 0, $"read {read}, refused {refused}: the cases should include both");
    }

    /// <summary>The message without the property it names: a damaged file can put a value's text into a key's name.</summary>
    private static string WithoutPropertyName(string message)
    {
        var start = message.IndexOf(": '", StringComparison.Ordinal);
        var end = start < 0 ? -1 : message.IndexOf("': ", start + 3, StringComparison.Ordinal);
        return end < 0 ? message : message[..start] + message[end..];
    }

    private static string Mutate(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        var edits = 1 + random.Next(3);
        for (var e = 0; e < edits; e++)
        {
            var at = random.Next(lines.Count);
            switch (random.Next(5))
            {
                case 0:
                    var line = lines[at];
                    var pos = random.Next(line.Length + 1);
                    lines[at] = line.Insert(pos, Specials[random.Next(Specials.Length)]);
                    break;
                case 1:
                    lines.RemoveAt(at);
                    if (lines.Count == 0)
                    {
                        lines.Add(string.Empty);
                    }

                    break;
                case 2:
                    lines.Insert(at, lines[random.Next(lines.Count)]);
                    break;
                case 3:
                    lines[at] = random.Next(2) == 0 ? " " + lines[at] : lines[at].TrimStart();
                    break;
                default:
                    var cut = lines[at];
                    lines[at] = cut[..random.Next(cut.Length + 1)];
                    break;
            }
        }

        return string.Join('\n', lines);
    }
}
