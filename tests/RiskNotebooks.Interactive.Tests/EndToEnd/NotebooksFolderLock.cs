namespace RiskNotebooks.Interactive.Tests.EndToEnd;

/// <summary>
/// Serialises the runs of the committed notebooks across test assemblies: the .NET Interactive tests and the kernel's run
/// the same notebooks in the same folder (notebook 05 makes and deletes notebooks/output/), and <c>dotnet test</c> runs the
/// assemblies in parallel. A lock file under the git-ignored artifacts/ folder, held exclusively while a notebook runs.
/// </summary>
internal static class NotebooksFolderLock
{
    internal static FileStream Acquire(string repository)
    {
        var folder = Directory.CreateDirectory(Path.Combine(repository, "artifacts")).FullName;
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(30);
        while (true)
        {
            try
            {
                return new FileStream(Path.Combine(folder, "notebooks.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(500);
            }
        }
    }
}
