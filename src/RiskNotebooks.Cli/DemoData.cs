namespace RiskNotebooks.Cli;

/// <summary>The demo registry bundled with the command (a synthetic registry; see datasets/demo-registry/README.md).</summary>
internal static class DemoData
{
    /// <summary>The quasi-identifiers used when <c>reid</c> runs on the demo registry without <c>--qi</c>.</summary>
    internal static readonly string[] DefaultQuasiIdentifiers = ["birth_date", "sex", "postcode"];

    internal const string FileName = "demo-registry.csv";

    /// <summary>The demo file: beside the program (copied at build), else in the repository's datasets folder.</summary>
    internal static string Locate()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "datasets", FileName);
        if (File.Exists(beside))
        {
            return beside;
        }

        throw new InvalidOptionException("FILE", $"no file given and the demo registry is not installed beside the program ({beside}).");
    }
}
