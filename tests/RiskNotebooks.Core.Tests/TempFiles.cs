using System.Text;

namespace RiskNotebooks.Tests;

/// <summary>Temporary files for a test, deleted with it.</summary>
public sealed class TempFiles : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("risknb-test-").FullName;

    public string Folder => folder;

    public string Write(string name, string text, Encoding? encoding = null)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text, encoding ?? new UTF8Encoding(false));
        return path;
    }

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
