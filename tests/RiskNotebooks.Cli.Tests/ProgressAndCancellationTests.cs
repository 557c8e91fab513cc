using System.Diagnostics;
using RiskNotebooks.Cli;

namespace RiskNotebooks.Cli.Tests;

/// <summary>The progress bar (on a terminal only) and Ctrl+C (exit code 130, nothing written).</summary>
public sealed class ProgressAndCancellationTests : IDisposable
{
    private static readonly string[] LongReid = ["reid", "--qi", "birth_date,sex,postcode,municipality,county,country_of_birth,education", "--subsets", "--suda"];
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void A_run_without_a_terminal_draws_no_progress()
    {
        var (code, output, error) = Cli.Run(LongReid);

        Assert.True(code == 0, error);
        Assert.DoesNotContain('\r', error);
        Assert.DoesNotContain('\r', output);
    }

    [Fact]
    public void On_a_terminal_the_bar_goes_to_standard_error_only_and_reaches_the_end()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var code = CliApp.Run(LongReid, output, error, showProgress: true, CancellationToken.None);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("\rquasi-identifier subsets [", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("\rSUDA: minimal sample uniques [##############################] 100%", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain('\r', output.ToString());
        Assert.DoesNotContain("F43", error.ToString(), StringComparison.Ordinal); // no value of the data, only phases and percentages
    }

    [Fact]
    public void The_bar_is_one_line_redrawn_in_place_and_cleared_at_the_end()
    {
        var error = new StringWriter();
        using (var bar = new TerminalProgress(error))
        {
            bar.Report(new AnalysisProgress("unicity", 45, 100));
        }

        Assert.Equal("\r" + TerminalProgress.Line(new("unicity", 45, 100)) + "\r" + new string(' ', TerminalProgress.Line(new("unicity", 45, 100)).Length) + "\r", error.ToString());
        Assert.Equal("unicity [##############................] 45%", TerminalProgress.Line(new("unicity", 45, 100)));
    }

    [Fact]
    public void A_cancelled_run_exits_with_130_and_writes_no_output()
    {
        var report = Path.Combine(temp.Path, "report.html");
        var error = new StringWriter();
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        var code = CliApp.Run([.. LongReid, "--report", report], new StringWriter(), error, showProgress: false, cancel.Token);

        Assert.Equal(ExitCodes.Cancelled, code);
        Assert.Equal("risknb: cancelled: nothing was written.", error.ToString().Trim());
        Assert.False(File.Exists(report));
    }

    [Fact]
    public async Task Ctrl_C_stops_a_long_run_cleanly_and_redirected_standard_error_holds_no_bar()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var big = Path.Combine(temp.Path, "big.csv");
        Assert.Equal(0, Cli.Run("generate", "registry", "--rows", "400000", "--output", big).ExitCode);
        var report = Path.Combine(temp.Path, "r.html");
        // As at a terminal, Ctrl+C must reach the run: a test host started in the background (as CI scripts and nohup do)
        // passes SIGINT on as ignored, and .NET keeps an inherited ignored SIGINT ignored. env resets it, then execs
        // risknb under the same process id.
        var start = new ProcessStartInfo("/usr/bin/env", ["--default-signal=INT", Path.Combine(AppContext.BaseDirectory, "risknb"), "reid", big, .. LongReid[1..], "--report", report])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        // Past start-up (the signal handler is registered first thing in Main) and into the load or the measures: wait for
        // a second of the run's own CPU time rather than of the clock, which a loaded machine stretches.
        var started = Stopwatch.StartNew();
        while (!process.HasExited && process.TotalProcessorTime < TimeSpan.FromSeconds(1) && started.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(50);
        }

        Assert.False(process.HasExited, "the run ended before Ctrl+C: make the input larger");
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!)
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token); // throws if Ctrl+C did not stop the run promptly
        Assert.Equal(ExitCodes.Cancelled, process.ExitCode);
        Assert.Equal("risknb: cancelled: nothing was written.", (await error).Trim());
        Assert.Equal(string.Empty, await output);
        Assert.False(File.Exists(report));
        Assert.Empty(Directory.EnumerateFiles(temp.Path, ".*risknb-tmp-*"));
    }
}
