namespace RiskNotebooks.Cli;

/// <summary>Files the commands write (<c>--records</c>, <c>--report</c>), checked before any work so a typo does not cost a long run.</summary>
internal static class OutputFiles
{
    /// <summary>The path if its folder exists; null stays null.</summary>
    /// <exception cref="InvalidOptionException">The folder does not exist (names the option).</exception>
    internal static string? CheckFolder(string? path, string optionName)
    {
        if (path is not null && !Directory.Exists(Path.GetDirectoryName(Path.GetFullPath(path))))
        {
            throw new InvalidOptionException(optionName, $"the folder of '{path}' does not exist.");
        }

        return path;
    }
}
