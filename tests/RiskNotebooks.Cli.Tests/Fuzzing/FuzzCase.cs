namespace RiskNotebooks.Cli.Tests.Fuzzing;

/// <summary>
/// One generated run of <c>risknb</c>: the files to create and the arguments. In arguments, <c>{in}/NAME</c> stands for a
/// file in the case's input folder and <c>{out}/NAME</c> for one in its output folder.
/// </summary>
/// <param name="Label">What kind of case this is (for the failure counts).</param>
/// <param name="Inputs">The input files, by relative path (may include folders), and their bytes.</param>
/// <param name="Arguments">The command line.</param>
/// <param name="RecordLevelOutput">A file the user asked for record-level output in (exempt from the marker check).</param>
public sealed record FuzzCase(string Label, IReadOnlyDictionary<string, byte[]> Inputs, IReadOnlyList<string> Arguments, string? RecordLevelOutput = null)
{
    /// <summary>The case as a short line for a failure message (input sizes, not contents).</summary>
    public override string ToString()
        => $"{Label}: risknb {string.Join(' ', Arguments.Select(a => a.Length > 60 ? a[..60] + "..." : a))} [inputs: {string.Join(", ", Inputs.Select(i => $"{i.Key} ({i.Value.Length} bytes)"))}]";
}
