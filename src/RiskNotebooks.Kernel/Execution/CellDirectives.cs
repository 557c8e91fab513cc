using System.Text.RegularExpressions;

namespace RiskNotebooks.Kernel.Execution;

/// <summary>
/// The <c>#r "nuget: RiskNotebooks…"</c> and <c>#i "…"</c> lines at the top of a cell, which a notebook written for
/// .NET Interactive starts with: RiskNotebooks is built into this kernel, so they are already satisfied. They become blank
/// lines, so line numbers of later errors do not move. Other NuGet packages are refused with a message: this kernel
/// restores nothing from the network.
/// </summary>
internal static partial class CellDirectives
{
    internal sealed record Prepared(string Code, string? Error, bool RiskNotebooksReferenced);

    internal static Prepared Prepare(string code)
    {
        var lines = code.Split('\n');
        var referenced = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            if (line.StartsWith("#i ", StringComparison.Ordinal) || line.StartsWith("#i\t", StringComparison.Ordinal))
            {
                lines[i] = string.Empty;
                continue;
            }

            var nuget = NuGetReference().Match(line);
            if (!nuget.Success)
            {
                break;
            }

            var package = nuget.Groups["package"].Value;
            if (!package.StartsWith("RiskNotebooks", StringComparison.OrdinalIgnoreCase))
            {
                return new Prepared(code, $"#r \"nuget: {package}\": this kernel does not restore NuGet packages (it never goes to the network). Reference a local assembly with #r \"path/to/library.dll\".", false);
            }

            lines[i] = string.Empty;
            referenced = true;
        }

        return new Prepared(string.Join('\n', lines), null, referenced);
    }

    [GeneratedRegex("""^#r\s+"nuget:\s*(?<package>[^,"\s]+)\s*(,\s*[^"]*)?"\s*$""")]
    private static partial Regex NuGetReference();
}
