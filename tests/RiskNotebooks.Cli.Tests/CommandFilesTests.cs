using System.Diagnostics;

namespace RiskNotebooks.Cli.Tests;

/// <summary>
/// What every command reads and writes (issue 13): no output may replace an input, by any name; inputs that never end
/// are refused; bad paths give a clear error (exit 2), never a stack trace; temporaries do not outlive a run.
/// </summary>
public sealed class CommandFilesTests : IDisposable
{
    private const string Table = "sex,age,w\nM,1,1\nF,2,1\nM,1,1\n";
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private string Input() => temp.Write("in.csv", Table);

    private string Key()
    {
        var path = Path.Combine(temp.Path, "redaction.key");
        File.WriteAllBytes(path, Enumerable.Range(0, 32).Select(i => (byte)(i * 7)).ToArray());
        return path;
    }

    private static void AssertClearError(int code, string error, string option)
    {
        Assert.True(code == 2, error);
        Assert.Contains($"risknb: {option}", error);
        Assert.DoesNotContain("   at ", error); // no stack trace
    }

    // 1. An input is overwritten.

    [Theory]
    [InlineData("same name")]
    [InlineData("symbolic link")]
    [InlineData("hard link")]
    public void Reid_records_naming_the_input_no_longer_overwrite_it(string how)
    {
        var input = Input();
        var records = how switch
        {
            "same name" => input,
            "symbolic link" => File.CreateSymbolicLink(Path.Combine(temp.Path, "link.csv"), input).FullName,
            _ => HardLink(input, Path.Combine(temp.Path, "hard.csv")),
        };
        var (code, _, error) = Cli.Run("reid", input, "--qi", "sex", "--records", records);
        AssertClearError(code, error, "--records");
        Assert.Contains("also FILE", error);
        Assert.Equal(Table, File.ReadAllText(input));
    }

    [Fact]
    public void An_input_given_through_a_link_is_recognised_as_the_output()
    {
        var input = Input();
        var link = File.CreateSymbolicLink(Path.Combine(temp.Path, "link.csv"), input).FullName;
        var (code, _, error) = Cli.Run("reid", link, "--qi", "sex", "--records", input);
        AssertClearError(code, error, "--records");
        Assert.Equal(Table, File.ReadAllText(input));
    }

    [Fact]
    public void A_report_that_links_to_the_population_table_is_refused()
    {
        var population = temp.Write("population.csv", Table);
        var report = File.CreateSymbolicLink(Path.Combine(temp.Path, "report.html"), population).FullName;
        var (code, _, error) = Cli.Run("reid", Input(), "--qi", "sex", "--population-table", population, "--report", report);
        AssertClearError(code, error, "--report");
        Assert.Contains("also --population-table", error);
        Assert.Equal(Table, File.ReadAllText(population));
    }

    [Fact]
    public void Location_records_naming_the_traces_are_refused()
    {
        var traces = temp.Write("traces.csv", "uid,datetime,lat,lng\n1,2023-03-06 08:00:00,59.3,18.0\n");
        var (code, _, error) = Cli.Run("location", traces, "--records", traces);
        AssertClearError(code, error, "--records");
        Assert.StartsWith("uid,datetime", File.ReadAllText(traces));
    }

    [Fact]
    public void Records_and_report_must_be_different_files()
    {
        var both = Path.Combine(temp.Path, "out.html");
        var (code, _, error) = Cli.Run("reid", Input(), "--qi", "sex", "--records", both, "--report", both);
        AssertClearError(code, error, "--report");
        Assert.False(File.Exists(both));
    }

    [Fact]
    public void Generate_traces_refuses_one_file_for_the_traces_and_the_antennas()
    {
        var path = Path.Combine(temp.Path, "traces.csv");
        var (code, _, error) = Cli.Run("generate", "traces", "--users", "2", "--antenna-ids", "--antennas-output", path, "--output", path);
        AssertClearError(code, error, "--output");
        Assert.False(File.Exists(path));
    }

    [Theory]
    [InlineData("output folder is a link to the scanned folder")]
    [InlineData("single file, output folder is a link to its folder")]
    [InlineData("scanned folder is a link to the output folder")]
    [InlineData("a file in the output folder links to a document")]
    public void Redaction_never_replaces_an_original_through_a_link(string how)
    {
        var source = Directory.CreateDirectory(Path.Combine(temp.Path, "notes")).FullName;
        var document = Path.Combine(source, "a.txt");
        const string Original = "Patienten Anna Andersson, 811218-9876, bor i Uppsala.";
        File.WriteAllText(document, Original);
        string scanned = source, output;
        switch (how)
        {
            case "output folder is a link to the scanned folder":
                output = File.CreateSymbolicLink(Path.Combine(temp.Path, "out"), source).FullName;
                break;
            case "single file, output folder is a link to its folder":
                scanned = document;
                output = File.CreateSymbolicLink(Path.Combine(temp.Path, "out"), source).FullName;
                break;
            case "scanned folder is a link to the output folder":
                scanned = File.CreateSymbolicLink(Path.Combine(temp.Path, "scan"), source).FullName;
                output = source;
                break;
            default:
                output = Directory.CreateDirectory(Path.Combine(temp.Path, "out")).FullName;
                File.CreateSymbolicLink(Path.Combine(output, "a.txt"), document);
                break;
        }

        var (code, _, error) = Cli.Run("text", scanned, "--redact", output, "--key-file", Key());
        AssertClearError(code, error, "--redact");
        Assert.Equal(Original, File.ReadAllText(document));
        Assert.False(File.Exists(Path.Combine(source, "a.spans.json")));
    }

    [Fact]
    public void The_key_file_may_not_lie_in_the_folder_of_redacted_copies_that_could_replace_it()
    {
        var source = Directory.CreateDirectory(Path.Combine(temp.Path, "notes")).FullName;
        File.WriteAllText(Path.Combine(source, "a.txt"), "Patienten Anna Andersson bor i Uppsala.");
        var output = Directory.CreateDirectory(Path.Combine(temp.Path, "out")).FullName;
        var key = Path.Combine(output, "a.txt"); // the redacted copy of notes/a.txt would go here
        File.Copy(Key(), key);
        var before = File.ReadAllBytes(key);
        var (code, _, error) = Cli.Run("text", source, "--redact", output, "--key-file", key);
        AssertClearError(code, error, "--redact");
        Assert.Contains("holds --key-file", error);
        Assert.Equal(before, File.ReadAllBytes(key));
    }

    [Fact]
    public void Assess_refuses_a_report_that_links_to_a_data_file_it_names()
    {
        var data = temp.Write("d.csv", File.ReadAllText(DemoData.Locate()));
        var example = File.ReadAllText(AssessCommand.LocateExample()).Replace("../demo-registry/demo-registry.csv", "d.csv", StringComparison.Ordinal);
        var assessment = temp.Write("a.json", example);
        var report = File.CreateSymbolicLink(Path.Combine(temp.Path, "d.html"), data).FullName;
        var before = File.ReadAllText(data);
        var (code, _, error) = Cli.Run("assess", assessment, "--report", report);
        AssertClearError(code, error, "--report");
        Assert.Equal(before, File.ReadAllText(data));
    }

    // 6. Exit 1 with a stack trace instead of a clear error.

    [Theory]
    [InlineData("FILE", "reid", "", "--qi", "sex")]
    [InlineData("--records", "reid", "{in}", "--qi", "sex", "--records", "")]
    [InlineData("--report", "reid", "{in}", "--qi", "sex", "--report", "")]
    [InlineData("--population-table", "reid", "{in}", "--qi", "sex", "--population-table", "")]
    [InlineData("FILE", "location", "")]
    [InlineData("--antennas", "location", "{in}", "--antennas", "")]
    [InlineData("FILE", "assess", "")]
    [InlineData("FOLDER|FILE", "text", "")]
    [InlineData("--labels", "text", "{in}", "--labels", "")]
    [InlineData("--key-file", "text", "{in}", "--redact", "{temp}/out", "--key-file", "")]
    [InlineData("--output", "generate", "registry", "--rows", "3", "--output", "")]
    [InlineData("--output", "generate", "text", "--documents", "1", "--output", "")]
    [InlineData("--output", "generate", "traces", "--users", "2", "--output", "")]
    public void An_empty_file_name_is_a_clear_error(string option, params string[] args)
    {
        var input = Input();
        var (code, _, error) = Cli.Run([.. args.Select(a => a.Replace("{in}", input, StringComparison.Ordinal).Replace("{temp}", temp.Path, StringComparison.Ordinal))]);
        AssertClearError(code, error, option);
        Assert.Contains("empty", error);
    }

    [Theory]
    [InlineData("an existing folder")]
    [InlineData("a name ending in /")]
    [InlineData("a name over 255 bytes")]
    [InlineData("a symbolic link loop")]
    public void An_output_that_cannot_be_a_file_is_a_clear_error(string what)
    {
        var records = what switch
        {
            "an existing folder" => Directory.CreateDirectory(Path.Combine(temp.Path, "folder")).FullName,
            "a name ending in /" => Path.Combine(temp.Path, "folder") + "/",
            "a name over 255 bytes" => Path.Combine(temp.Path, new string('å', 128) + ".csv"),
            _ => LinkLoop(),
        };
        var (code, _, error) = Cli.Run("reid", Input(), "--qi", "sex", "--records", records);
        AssertClearError(code, error, "--records");
    }

    [Fact]
    public void A_link_loop_as_input_is_a_clear_error()
    {
        var (code, _, error) = Cli.Run("reid", LinkLoop(), "--qi", "sex");
        AssertClearError(code, error, "FILE");
        Assert.Contains("link loop", error);
    }

    [Fact]
    public void A_link_to_a_parent_inside_the_scanned_folder_is_not_followed_forever()
    {
        var source = Directory.CreateDirectory(Path.Combine(temp.Path, "notes", "sub")).Parent!.FullName;
        File.WriteAllText(Path.Combine(source, "a.txt"), "Nothing here.");
        Directory.CreateSymbolicLink(Path.Combine(source, "sub", "up"), "..");
        var (code, output, error) = Cli.Run("text", source, "--document-names");
        Assert.True(code == 0, error);
        Assert.Contains("a.txt", output);
        Assert.DoesNotContain("up/a.txt", output);
    }

    [Fact]
    public void Redact_and_generate_text_refuse_an_existing_file_as_their_folder()
    {
        var file = temp.Write("notes.txt", "Nothing here.");
        var (code, _, error) = Cli.Run("text", file, "--redact", Input(), "--key-file", Key());
        AssertClearError(code, error, "--redact");
        (code, _, error) = Cli.Run("generate", "text", "--documents", "1", "--output", Input());
        AssertClearError(code, error, "--output");
        Assert.Equal(Table, File.ReadAllText(Input()));
    }

    [Fact]
    public void Redact_to_a_missing_folder_no_longer_creates_its_parents()
    {
        var file = temp.Write("notes.txt", "Nothing here.");
        var missing = Path.Combine(temp.Path, "missing", "dir");
        var (code, _, error) = Cli.Run("text", file, "--redact", missing, "--key-file", Key());
        AssertClearError(code, error, "--redact");
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "missing")));

        (code, _, error) = Cli.Run("generate", "text", "--documents", "1", "--output", missing);
        AssertClearError(code, error, "--output");
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "missing")));
    }

    [Theory]
    [InlineData("must be from 1 to 100,000", "generate", "text", "--documents", "2147483647")]
    [InlineData("must be from 1 to 100,000,000", "generate", "registry", "--rows", "2147483647")]
    [InlineData("may be at most 1,000,000,000 records", "generate", "traces", "--users", "100000000", "--max-records", "100000")]
    public void Generate_sizes_have_an_upper_bound(string problem, params string[] args)
    {
        var (code, _, error) = Cli.Run([.. args, "--output", Path.Combine(temp.Path, "out")]);
        AssertClearError(code, error, args[2]);
        Assert.Contains(problem, error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Theory]
    [InlineData("1e308", 4)] // the sum of two overflows (at the second)
    [InlineData("1e-320", 2)] // subnormal: 1 / w is infinite
    public void Weights_that_make_risks_NaN_are_refused_by_column_and_line_without_the_value(string weight, int line)
    {
        var input = temp.Write("weighted.csv", $"sex,w\nM,{weight}\nF,1\nM,{weight}\n");
        var (code, _, error) = Cli.Run("reid", input, "--qi", "sex", "--weight", "w", "--format", "json");
        AssertClearError(code, error, input);
        Assert.Contains($"line {line}, column 'w'", error);
        Assert.DoesNotContain(weight, error);
    }

    [Fact]
    public void A_whole_number_written_as_1_0_is_read_and_one_too_large_is_a_clear_error()
    {
        const string Template = """{"title":"t","setting":"secure-enclave","metadata":{"minimumCellSize":CELL},"assets":[{"id":"a","name":"n","kinds":["demographic"],"subjects":{"count":COUNT},"reidentification":{"probability":0.1,"basis":"b"}}]}""";
        var ok = temp.Write("ok.json", Template.Replace("CELL", "5.0", StringComparison.Ordinal).Replace("COUNT", "1E2", StringComparison.Ordinal));
        var (code, _, error) = Cli.Run("assess", ok);
        Assert.True(code == 0, error);

        var large = temp.Write("large.json", Template.Replace("CELL", "3e9", StringComparison.Ordinal).Replace("COUNT", "1e30", StringComparison.Ordinal));
        (code, _, error) = Cli.Run("assess", large);
        AssertClearError(code, error, large);
        Assert.Contains("'assets[0].subjects.count': must be at most", error);
    }

    // 7. Inputs that never end.

    [Theory]
    [InlineData("FILE", "reid", "{never}", "--qi", "sex")]
    [InlineData("--population-table", "reid", "{in}", "--qi", "sex", "--population-table", "{never}")]
    [InlineData("FILE", "location", "{never}")]
    [InlineData("--antennas", "location", "{in}", "--antennas", "{never}")]
    [InlineData("FILE", "assess", "{never}")]
    [InlineData("FOLDER|FILE", "text", "{never}")]
    [InlineData("--labels", "text", "{in}", "--labels", "{never}")]
    [InlineData("--key-file", "text", "{in}", "--redact", "{temp}/out", "--key-file", "{never}")]
    public async Task Devices_and_pipes_are_refused_as_inputs(string option, params string[] args)
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // device and pipe detection needs statx
        }

        var input = Input();
        var fifo = Path.Combine(temp.Path, "fifo");
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
        }

        foreach (var never in new[] { "/dev/zero", "/dev/urandom", fifo })
        {
            var run = Task.Run(() => Cli.Run([.. args.Select(a => a.Replace("{never}", never, StringComparison.Ordinal).Replace("{in}", input, StringComparison.Ordinal).Replace("{temp}", temp.Path, StringComparison.Ordinal))]));
            var (code, _, error) = await run.WaitAsync(TimeSpan.FromSeconds(30)); // throws TimeoutException if it hangs
            AssertClearError(code, error, option);
            Assert.Contains("not a regular file", error);
        }
    }

    [Fact]
    public void A_key_file_is_read_only_up_to_a_small_cap()
    {
        var key = Path.Combine(temp.Path, "big.key");
        File.WriteAllBytes(key, Enumerable.Range(0, 5000).Select(i => (byte)(i * 7)).ToArray());
        var (code, _, error) = Cli.Run("text", Input(), "--redact", Path.Combine(temp.Path, "out"), "--key-file", key);
        AssertClearError(code, error, "--key-file");
        Assert.Contains("longer than 4096 bytes", error);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(' ')]
    public void Sixteen_identical_bytes_are_refused_as_a_key(int value)
    {
        var key = Path.Combine(temp.Path, "weak.key");
        File.WriteAllBytes(key, Enumerable.Repeat((byte)value, 16).ToArray());
        var (code, _, error) = Cli.Run("text", Input(), "--redact", Path.Combine(temp.Path, "out"), "--key-file", key);
        AssertClearError(code, error, "--key-file");
        Assert.Contains("too little entropy", error);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "out")));
    }

    // 8. Temporary files left behind.

    [Fact]
    public void A_later_run_removes_the_temporary_a_killed_run_left_but_not_a_live_one()
    {
        var dead = temp.Write(".records.csv.risknb-tmp-2147483646-0badf00d", "row,fk\n1,1\n"); // no process has this id
        var live = temp.Write($".records.csv.risknb-tmp-{Environment.ProcessId}-0badf00d", "row,fk\n");
        var (code, _, error) = Cli.Run("reid", Input(), "--qi", "sex", "--records", Path.Combine(temp.Path, "records.csv"));
        Assert.True(code == 0, error);
        Assert.False(File.Exists(dead));
        Assert.True(File.Exists(live));
        Assert.True(File.Exists(Path.Combine(temp.Path, "records.csv")));
    }

    [Fact]
    public void Sigterm_during_an_export_leaves_no_temporary_and_no_half_pair()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var big = Path.Combine(temp.Path, "big.csv");
        Assert.Equal(0, Cli.Run("generate", "registry", "--rows", "400000", "--output", big).ExitCode);
        var records = Path.Combine(temp.Path, "r.csv");
        var report = Path.Combine(temp.Path, "r.html");
        File.WriteAllText(records, "old");
        File.WriteAllText(report, "old");
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "risknb"), ["reid", big, "--qi", "sex,postcode", "--records", records, "--report", report])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        var clock = Stopwatch.StartNew();
        while (!Directory.EnumerateFiles(temp.Path, ".r.csv.risknb-tmp-*").Any() && !process.HasExited && clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            Thread.Sleep(1);
        }

        Assert.False(process.HasExited, "the export finished before it could be interrupted: make the input larger");
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)));
        Assert.NotEqual(0, process.ExitCode);
        Assert.Empty(Directory.EnumerateFiles(temp.Path, ".*risknb-tmp-*"));
        Assert.Equal("old", File.ReadAllText(records));
        Assert.Equal("old", File.ReadAllText(report));
    }

    private string LinkLoop()
    {
        var a = Path.Combine(temp.Path, "loop-a");
        var b = Path.Combine(temp.Path, "loop-b");
        File.CreateSymbolicLink(a, b);
        File.CreateSymbolicLink(b, a);
        return a;
    }

    private static string HardLink(string existing, string link)
    {
        using var ln = Process.Start("ln", [existing, link]);
        ln.WaitForExit();
        return link;
    }
}
