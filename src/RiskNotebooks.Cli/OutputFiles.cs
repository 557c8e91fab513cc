using RiskNotebooks.Data;

namespace RiskNotebooks.Cli;

/// <summary>Files the commands write (<c>--records</c>), checked before any work so a typo does not cost a long run.</summary>
internal static class OutputFiles
{
    /// <summary>The path if it can be written (see <see cref="AtomicFile.CheckFolder"/>); null stays null.</summary>
    internal static string? Checked(string? path, string optionName)
    {
        if (path is not null)
        {
            AtomicFile.CheckFolder(path, optionName);
        }

        return path;
    }
}
