using RiskNotebooks.Data;

namespace RiskNotebooks.Tests.Data;

/// <summary>Runs alone: <see cref="AtomicFileSet.DeleteTemporaries"/> deletes every live temporary of the process.</summary>
[CollectionDefinition("temporaries", DisableParallelization = true)]
public sealed class TemporariesCollection;

[Collection("temporaries")]
public sealed class AtomicFileSetTests : IDisposable
{
    private readonly TempFiles files = new();

    public void Dispose() => files.Dispose();

    private static Action<Stream> Text(string text) => stream => stream.Write(System.Text.Encoding.UTF8.GetBytes(text));

    [Fact]
    public void A_failure_while_writing_the_second_file_of_a_pair_replaces_neither()
    {
        var records = files.Write("records.csv", "old records");
        var report = files.Write("report.html", "old report");
        var e = Assert.Throws<InvalidOperationException>(() =>
        {
            using var set = new AtomicFileSet();
            set.Add(records, Text("new records"), "--records");
            set.Add(report, _ => throw new InvalidOperationException("killed while writing the report"), "--report");
            set.Commit();
        });
        Assert.Equal("killed while writing the report", e.Message);
        Assert.Equal("old records", File.ReadAllText(records));
        Assert.Equal("old report", File.ReadAllText(report));
        Assert.Equal(2, Directory.GetFiles(files.Folder).Length); // no temporary left
    }

    [Fact]
    public void Both_files_are_replaced_only_on_commit()
    {
        var records = files.Write("records.csv", "old records");
        var report = files.Write("report.html", "old report");
        using var set = new AtomicFileSet();
        set.Add(records, Text("new records"), "--records");
        set.Add(report, Text("new report"), "--report");
        Assert.Equal("old records", File.ReadAllText(records));
        Assert.Equal(2, Directory.GetFiles(files.Folder, ".*.risknb-tmp-*").Length);
        set.Commit();
        Assert.Equal("new records", File.ReadAllText(records));
        Assert.Equal("new report", File.ReadAllText(report));
        Assert.Equal(2, Directory.GetFiles(files.Folder).Length);
    }

    [Fact]
    public void Temporaries_deleted_on_a_signal_make_the_set_fail_instead_of_committing()
    {
        var records = files.Write("records.csv", "old records");
        using var set = new AtomicFileSet();
        set.Add(records, Text("new records"), "--records");
        AtomicFileSet.DeleteTemporaries(); // what SIGTERM and SIGINT do in risknb
        Assert.Empty(Directory.GetFiles(files.Folder, ".*.risknb-tmp-*"));
        Assert.Throws<OperationCanceledException>(set.Commit);
        Assert.Equal("old records", File.ReadAllText(records));
    }

    [Fact]
    public void One_file_cannot_be_two_outputs_of_a_set()
    {
        var path = Path.Combine(files.Folder, "out.csv");
        using var set = new AtomicFileSet();
        set.Add(path, Text("a"), "--records");
        var e = Assert.Throws<InvalidOptionException>(() => set.Add(path, Text("b"), "--report"));
        Assert.Equal("--report", e.OptionName);
    }

    [Fact]
    public void Temporary_names_say_whose_they_are_and_fit_in_a_file_name()
    {
        Assert.Equal(".records.csv.risknb-tmp-", AtomicFileSet.Prefix("records.csv"));
        var longest = AtomicFileSet.Prefix(new string('å', 127) + ".csv") + "4194304-0123abcd";
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(longest) <= AtomicFile.MaxFileNameBytes);
    }
}
