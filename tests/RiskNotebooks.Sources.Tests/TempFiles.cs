namespace RiskNotebooks.Sources.Tests;

/// <summary>Temporary files for a test, deleted with it.</summary>
public sealed class TempFiles : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("risknb-sources-test-").FullName;

    public string PathOf(string name) => Path.Combine(Folder, name);

    public string Write(string name, string text)
    {
        var path = PathOf(name);
        File.WriteAllText(path, text, new System.Text.UTF8Encoding(false));
        return path;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
