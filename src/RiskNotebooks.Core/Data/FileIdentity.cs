using System.Runtime.InteropServices;

namespace RiskNotebooks.Data;

/// <summary>What a path names once every symbolic link on it is followed.</summary>
internal enum FileKind
{
    /// <summary>Nothing (or a folder on the way is missing).</summary>
    Missing,

    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Folder,

    /// <summary>A device, pipe or socket: reading it may never end.</summary>
    Special,

    /// <summary>The links on the path form a loop (or a chain too long to follow).</summary>
    LinkLoop,
}

/// <summary>
/// The file a path really names: its real path (every symbolic link on it followed, as realpath(3) does) and, where the
/// system tells, its device and inode, so that two names of one file (a link, a hard link, a bind mount) compare equal.
/// </summary>
/// <remarks>
/// Links are resolved in managed code so that a loop is reported, not followed forever; the device and inode come from
/// Linux's statx(2), whose buffer has the same layout on every architecture. Elsewhere (or where statx is blocked) only
/// the real path is compared and every existing non-folder counts as regular.
/// </remarks>
internal readonly record struct FileIdentity(string RealPath, FileKind Kind, ulong Device, ulong Inode, bool HasInode)
{
    /// <summary>Linux's limit on links followed while resolving one path (ELOOP beyond it).</summary>
    private const int MaxLinks = 40;

    private static readonly StringComparison PathComparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    private static bool statxWorks = OperatingSystem.IsLinux();

    /// <summary>Resolves a path.</summary>
    /// <param name="path">Any path, relative to the working folder or absolute; it need not exist.</param>
    /// <returns>What it names.</returns>
    internal static FileIdentity Of(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!TryResolve(path, out var real))
        {
            return new FileIdentity(Path.GetFullPath(path), FileKind.LinkLoop, 0, 0, false);
        }

        if (Stat(real) is { } stat)
        {
            return new FileIdentity(real, stat.Kind, stat.Device, stat.Inode, true);
        }

        var kind = Directory.Exists(real) ? FileKind.Folder : File.Exists(real) ? FileKind.Regular : FileKind.Missing;
        return new FileIdentity(real, kind, 0, 0, false);
    }

    /// <summary>Whether both name the same existing file or folder (same device and inode, or the same real path).</summary>
    internal bool IsSameAs(FileIdentity other)
    {
        if (HasInode && other.HasInode && Kind != FileKind.Missing && other.Kind != FileKind.Missing)
        {
            return Device == other.Device && Inode == other.Inode;
        }

        return string.Equals(RealPath, other.RealPath, PathComparison);
    }

    /// <summary>Whether this path is <paramref name="folder"/> itself or lies inside it (real paths compared).</summary>
    internal bool IsInside(FileIdentity folder)
    {
        if (IsSameAs(folder))
        {
            return true;
        }

        var relative = Path.GetRelativePath(folder.RealPath, RealPath);
        return relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }

    /// <summary>The real path of <paramref name="path"/>: absolute, without links, <c>.</c> or <c>..</c>; false on a link loop.</summary>
    /// <remarks>Components that do not exist are kept as they are, so the real path of a file about to be written is known.</remarks>
    internal static bool TryResolve(string path, out string real)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var pending = new Stack<string>(Split(full[root.Length..]).Reverse());
        var current = root;
        var links = 0;
        while (pending.Count > 0)
        {
            var part = pending.Pop();
            if (part is "." or "")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var candidate = Path.Combine(current, part);
            string? target;
            try
            {
                target = new FileInfo(candidate).LinkTarget;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                target = null; // unreadable or not a folder on the way: keep the name as it is
            }

            if (target is null)
            {
                current = candidate;
                continue;
            }

            if (++links > MaxLinks)
            {
                real = full;
                return false;
            }

            if (Path.IsPathRooted(target))
            {
                var targetRoot = Path.GetPathRoot(target) ?? string.Empty;
                current = targetRoot;
                target = target[targetRoot.Length..];
            }

            foreach (var piece in Split(target).Reverse())
            {
                pending.Push(piece);
            }
        }

        real = current;
        return true;
    }

    private static string[] Split(string path) => path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);

    private static (FileKind Kind, ulong Device, ulong Inode)? Stat(string real)
    {
        if (!statxWorks)
        {
            return null;
        }

        var buffer = new byte[256];
        int result;
        try
        {
            result = NativeMethods.statx(AtCurrentFolder, real, 0, StatxBasicStats, buffer);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            statxWorks = false; // an old C library (musl before 1.2.5, glibc before 2.28)
            return null;
        }

        if (result != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            if (errno is ENOSYS or EPERM)
            {
                statxWorks = false; // a kernel before 4.11 or a sandbox that blocks statx
                return null;
            }

            return (errno == ELOOP ? FileKind.LinkLoop : FileKind.Missing, 0UL, 0UL);
        }

        var mode = BitConverter.ToUInt16(buffer, 28) & 0xF000;
        var kind = mode switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Folder,
            _ => FileKind.Special,
        };
        var device = ((ulong)BitConverter.ToUInt32(buffer, 136) << 32) | BitConverter.ToUInt32(buffer, 140);
        return (kind, device, BitConverter.ToUInt64(buffer, 32));
    }

    private const int AtCurrentFolder = -100;
    private const uint StatxBasicStats = 0x7FF;
    private const int EPERM = 1;
    private const int ELOOP = 40;
    private const int ENOSYS = 38;

    private static class NativeMethods
    {
        /// <summary>statx(2): the buffer is <c>struct statx</c> (256 bytes; mode at 28, inode at 32, device major and minor at 136 and 140).</summary>
        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
    }
}
