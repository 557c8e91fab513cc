using System.Globalization;
using RiskNotebooks.Core.Tests.Imaging;
using RiskNotebooks.Imaging;

namespace RiskNotebooks.Core.Tests.Fuzzing;

/// <summary>
/// The DICOM header reader on damaged copies of valid files: random byte changes, lengths set to extremes, truncations,
/// cut and repeated ranges. It must read the file or fail with <see cref="InputFormatException"/> naming no value, and
/// never hang. A fixed seed makes every run the same cases; set RISKNB_FUZZ_SEED to explore others and
/// RISKNB_FUZZ_SCALE (a factor, default 1) for more of them.
/// </summary>
public sealed class DicomHeaderFuzzTests
{
    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("RISKNB_FUZZ_SEED"), CultureInfo.InvariantCulture, out var seed) ? seed : 20261203;

    private static readonly double Scale = double.TryParse(Environment.GetEnvironmentVariable("RISKNB_FUZZ_SCALE"), CultureInfo.InvariantCulture, out var scale) && scale > 0 ? scale : 1;

    private static readonly string[] Seeds =
    [
        "explicit-le.dcm", "implicit-le.dcm", "explicit-be.dcm", "deflated.dcm", "explicit-le-undefined-lengths.dcm",
        "implicit-le-undefined-lengths.dcm", "burned-in-sc.dcm", "ultrasound.dcm",
    ];

    [Fact]
    public async Task Damaged_files_are_read_or_refused_with_our_error_and_never_hang()
    {
        var originals = Seeds.Select(n => File.ReadAllBytes(Path.Combine(DicomHeaderReaderTests.Samples, n))).ToArray();
        var iterations = (int)Math.Ceiling(6000 * Scale);
        var failures = new List<string>();
        int read = 0, refused = 0;

        await Task.Run(() =>
        {
            var random = new Random(Seed);
            for (var i = 0; i < iterations; i++)
            {
                var original = originals[i % originals.Length];
                var bytes = Mutate(original, random);
                try
                {
                    DicomHeaderReader.Read($"case{i}.dcm", bytes);
                    read++;
                }
                catch (InputFormatException e)
                {
                    refused++;
                    if (e.Message.Contains(DicomHeaderReaderTests.Marker, StringComparison.Ordinal) || e.ByteOffset is null or < 0)
                    {
                        failures.Add($"case {i}: {e.Message}");
                    }
                }
                catch (Exception e)
                {
                    failures.Add($"case {i} ({Seeds[i % Seeds.Length]}): {e.GetType().Name}: {e.Message}");
                }
            }
        }).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.True(failures.Count == 0, $"seed {Seed}: {failures.Count} failures, first: {string.Join("\n", failures.Take(5))}");
        Assert.True(read > iterations / 20 && refused > iterations / 20, $"read {read}, refused {refused}: the mutations should do both");
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
        var bytes = original.ToList();
        var changes = 1 + random.Next(4);
        for (var c = 0; c < changes && bytes.Count > 0; c++)
        {
            var at = 128 + random.Next(Math.Max(1, bytes.Count - 128));
            at = Math.Min(at, bytes.Count - 1);
            switch (random.Next(7))
            {
                case 0: // a few random bytes
                    for (var k = 0; k < 1 + random.Next(4) && at + k < bytes.Count; k++)
                    {
                        bytes[at + k] = (byte)random.Next(256);
                    }

                    break;
                case 1: // a 32-bit field set to an extreme: undefined, huge, zero
                    var value = random.Next(3) switch { 0 => 0xFFFFFFFFu, 1 => 0x7FFFFFF0u, _ => 0u };
                    for (var k = 0; k < 4 && at + k < bytes.Count; k++)
                    {
                        bytes[at + k] = (byte)(value >> (8 * k));
                    }

                    break;
                case 2: // truncate
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 3: // cut a range
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(16)));
                    break;
                case 4: // repeat a range (nested items, duplicated headers)
                    var length = Math.Min(bytes.Count - at, 8 + random.Next(64));
                    var copy = bytes.GetRange(at, length);
                    for (var r = 0; r < 1 + random.Next(20); r++)
                    {
                        bytes.InsertRange(at, copy);
                    }

                    break;
                case 5: // one bit
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                default: // an item or a delimiter tag
                    byte[] tag = random.Next(3) switch { 0 => [0xFE, 0xFF, 0x00, 0xE0], 1 => [0xFE, 0xFF, 0x0D, 0xE0], _ => [0xFE, 0xFF, 0xDD, 0xE0] };
                    bytes.InsertRange(at, tag);
                    break;
            }
        }

        return [.. bytes];
    }
}
