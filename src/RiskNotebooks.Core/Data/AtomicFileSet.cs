using System.Diagnostics;
using System.Globalization;

namespace RiskNotebooks.Data;

/// <summary>
/// Files written together (a record-level CSV and its report, a redacted document and its spans): each is written in
/// full to a temporary file beside its target, and only when every one is complete are they moved into place, so a
/// failure or a kill while writing leaves all the old files (or none), never a new one beside an old one.
/// </summary>
/// <remarks>
/// <para>Temporaries are named <c>.&lt;target&gt;.risknb-tmp-&lt;process id&gt;-&lt;random&gt;</c>. A kill -9 cannot
/// be caught, so the first write into a folder removes the temporaries that dead processes left there (their process is
/// gone, or they have not changed for a day). A host that catches SIGTERM and SIGINT calls
/// <see cref="DeleteTemporaries"/>; moves into place are never interrupted half-way by it.</para>
/// <para>The moves are renames within one folder each; the window between the first and the last rename of a set is
/// a few system calls, not the time of the writing.</para>
/// </remarks>
public sealed class AtomicFileSet : IDisposable
{
    private const string Marker = ".risknb-tmp-";
    private static readonly TimeSpan StaleAfter = TimeSpan.FromDays(1);
    private static readonly Lock Gate = new();
    private static readonly HashSet<string> Live = new(StringComparer.Ordinal);
    private static readonly HashSet<string> Swept = new(StringComparer.Ordinal);

    private readonly List<(string Temporary, string Target, FileIdentity Identity, string Path, string OptionName)> staged = [];

    /// <summary>Checks the target (see <see cref="AtomicFile.CheckTarget"/>) and writes its content to a temporary file beside it.</summary>
    /// <param name="path">The target.</param>
    /// <param name="write">Writes the content to the stream it is given.</param>
    /// <param name="optionName">The option that named the file.</param>
    /// <exception cref="InvalidOptionException">The target cannot be written, or writing failed (disk full, permission).</exception>
    public void Add(string path, Action<Stream> write, string optionName)
    {
        ArgumentNullException.ThrowIfNull(write);
        var identity = AtomicFile.Resolve(path, optionName, []);
        foreach (var other in staged)
        {
            if (other.Identity.IsSameAs(identity))
            {
                throw new InvalidOptionException(optionName, $"'{path}' is also {other.OptionName}: give each output its own file.");
            }
        }

        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? ".";
        SweepOnce(folder);
        var temporary = Path.Combine(folder, $"{Prefix(Path.GetFileName(full))}{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid().ToString("N")[..8]}");
        lock (Gate)
        {
            Live.Add(temporary);
        }

        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
        }
        catch (Exception e)
        {
            Forget(temporary);
            if (e is IOException or UnauthorizedAccessException)
            {
                throw new InvalidOptionException(optionName, $"cannot write '{path}' ({e.GetType().Name}).");
            }

            throw;
        }

        staged.Add((temporary, full, identity, path, optionName));
    }

    /// <summary>Moves every staged file into place.</summary>
    /// <exception cref="InvalidOptionException">A move failed (the target changed since it was checked).</exception>
    /// <exception cref="OperationCanceledException">The process is being stopped: nothing is moved.</exception>
    public void Commit()
    {
        lock (Gate)
        {
            if (staged.Any(s => !Live.Contains(s.Temporary)))
            {
                throw new OperationCanceledException("The temporary files were deleted: the process is stopping.");
            }

            foreach (var (temporary, target, _, path, optionName) in staged)
            {
                try
                {
                    File.Move(temporary, target, overwrite: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new InvalidOptionException(optionName, $"cannot write '{path}' ({e.GetType().Name}).");
                }

                Live.Remove(temporary);
            }

            staged.Clear();
        }
    }

    /// <summary>Deletes the temporaries of files not committed.</summary>
    public void Dispose()
    {
        foreach (var (temporary, _, _, _, _) in staged)
        {
            Forget(temporary);
        }

        staged.Clear();
    }

    /// <summary>
    /// Deletes every temporary file this process has not moved into place, so that the sets they belong to fail instead
    /// of committing: for a host's SIGTERM and SIGINT handlers. Waits for a set being moved into place to finish, so a
    /// pair is never split.
    /// </summary>
    public static void DeleteTemporaries()
    {
        lock (Gate)
        {
            foreach (var temporary in Live)
            {
                TryDelete(temporary);
            }

            Live.Clear();
        }
    }

    /// <summary>The start of a temporary's name for a target (the target's name cut so the whole stays within NAME_MAX).</summary>
    internal static string Prefix(string fileName)
    {
        const int room = AtomicFile.MaxFileNameBytes - 1 - 12 - 10 - 1 - 8; // '.', marker, process id, '-', random
        var bytes = 0;
        var cut = 0;
        foreach (var rune in fileName.EnumerateRunes())
        {
            if (bytes + rune.Utf8SequenceLength > room)
            {
                break;
            }

            bytes += rune.Utf8SequenceLength;
            cut += rune.Utf16SequenceLength;
        }

        return "." + fileName[..cut] + Marker;
    }

    /// <summary>Removes the temporaries that dead processes left in a folder (once per folder and process).</summary>
    private static void SweepOnce(string folder)
    {
        lock (Gate)
        {
            if (!Swept.Add(folder))
            {
                return;
            }
        }

        try
        {
            foreach (var file in Directory.EnumerateFiles(folder, "." + "*" + Marker + "*"))
            {
                if (IsStale(file))
                {
                    TryDelete(file);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An unreadable folder: the write itself will tell.
        }
    }

    private static bool IsStale(string file)
    {
        var name = Path.GetFileName(file);
        var at = name.LastIndexOf(Marker, StringComparison.Ordinal) + Marker.Length;
        var dash = name.IndexOf('-', at);
        if (dash < 0 || !int.TryParse(name.AsSpan(at, dash - at), NumberStyles.None, CultureInfo.InvariantCulture, out var processId))
        {
            return false; // not ours
        }

        lock (Gate)
        {
            if (Live.Contains(file))
            {
                return false;
            }
        }

        if (processId != Environment.ProcessId && !IsRunning(processId))
        {
            return true;
        }

        return DateTime.UtcNow - File.GetLastWriteTimeUtc(file) > StaleAfter;
    }

    private static bool IsRunning(int processId)
    {
        if (OperatingSystem.IsLinux())
        {
            return Directory.Exists($"/proc/{processId.ToString(CultureInfo.InvariantCulture)}");
        }

        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static void Forget(string temporary)
    {
        lock (Gate)
        {
            Live.Remove(temporary);
        }

        TryDelete(temporary);
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: it is named so that a later run removes it.
        }
    }
}
