using System.Diagnostics;
using RiskNotebooks.Data;

namespace RiskNotebooks.Tests.Data;

public sealed class FileIdentityTests : IDisposable
{
    private readonly TempFiles files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void A_symbolic_link_and_a_hard_link_are_the_same_file_as_their_target()
    {
        var file = files.Write("in.csv", "a\n1\n");
        var link = File.CreateSymbolicLink(Path.Combine(files.Folder, "link.csv"), file).FullName;
        Assert.True(FileIdentity.Of(link).IsSameAs(FileIdentity.Of(file)));
        Assert.Equal(FileIdentity.Of(file).RealPath, FileIdentity.Of(link).RealPath);
        if (OperatingSystem.IsLinux())
        {
            var hard = Path.Combine(files.Folder, "hard.csv");
            using (var ln = Process.Start("ln", [file, hard]))
            {
                ln.WaitForExit();
            }

            Assert.NotEqual(FileIdentity.Of(file).RealPath, FileIdentity.Of(hard).RealPath);
            Assert.True(FileIdentity.Of(hard).IsSameAs(FileIdentity.Of(file))); // by device and inode
        }
    }

    [Fact]
    public void A_file_not_yet_written_resolves_through_a_linked_folder()
    {
        var folder = Directory.CreateDirectory(Path.Combine(files.Folder, "real")).FullName;
        var link = Directory.CreateSymbolicLink(Path.Combine(files.Folder, "linked"), folder).FullName;
        var identity = FileIdentity.Of(Path.Combine(link, "sub", "..", "new.csv"));
        Assert.Equal(FileKind.Missing, identity.Kind);
        Assert.Equal(Path.Combine(Path.GetFullPath(folder), "new.csv"), identity.RealPath);
        Assert.True(identity.IsInside(FileIdentity.Of(folder)));
    }

    [Fact]
    public void A_link_loop_is_reported_not_followed()
    {
        var a = Path.Combine(files.Folder, "a");
        var b = Path.Combine(files.Folder, "b");
        File.CreateSymbolicLink(a, b);
        File.CreateSymbolicLink(b, a);
        Assert.Equal(FileKind.LinkLoop, FileIdentity.Of(Path.Combine(a, "x.csv")).Kind);
        Assert.Equal(FileKind.LinkLoop, FileIdentity.Of(a).Kind);
    }

    [Fact]
    public void Devices_are_not_regular_files()
    {
        if (OperatingSystem.IsLinux())
        {
            Assert.Equal(FileKind.Special, FileIdentity.Of("/dev/zero").Kind);
            Assert.Equal(FileKind.Regular, FileIdentity.Of(files.Write("x", "x")).Kind);
            Assert.Equal(FileKind.Folder, FileIdentity.Of(files.Folder).Kind);
        }
    }
}
