using System.CommandLine;
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

    /// <summary>Says on standard error where a file was written, so that a report or record file is not lost.</summary>
    /// <param name="parse">The invocation (its error writer).</param>
    /// <param name="path">The file written.</param>
    /// <param name="what">What it holds, for example <c>report</c>.</param>
    internal static void Announce(ParseResult parse, string path, string what)
        => parse.InvocationConfiguration.Error.WriteLine($"risknb: wrote {what} to {path}");
}
