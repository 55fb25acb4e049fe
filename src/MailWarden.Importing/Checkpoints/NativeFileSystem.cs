using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace MailWarden.Importing.Checkpoints;

/// <summary>
/// The few POSIX calls .NET does not expose: the device and inode of an open file (<c>statx</c>, glibc 2.28+,
/// whose struct layout is the same on every Linux architecture) and <c>fsync</c> of a directory, which makes a
/// created or renamed file's name durable.
/// </summary>
internal static partial class NativeFileSystem
{
    private const int AtEmptyPath = 0x1000;
    private const uint StatxIno = 0x100;
    private const int StatxBufferSize = 256;
    private const int InodeOffset = 32;
    private const int DeviceMajorOffset = 136;
    private const int DeviceMinorOffset = 140;
    private const int OpenReadOnlyDirectory = 0x10000; // O_RDONLY | O_DIRECTORY

    /// <summary>The identity of the file behind <paramref name="handle"/> (the one actually read, not a later file of that name).</summary>
    /// <exception cref="IOException">statx failed.</exception>
    public static FileIdentity GetIdentity(SafeFileHandle handle, string pathForMessages)
    {
        if (!OperatingSystem.IsLinux())
        {
            // No inode to be had: the path stands in, so a rename reads as a new file (and is re-read from its start).
            return new FileIdentity(0, StringComparer.Ordinal.GetHashCode(Path.GetFullPath(pathForMessages)));
        }
        Span<byte> buffer = stackalloc byte[StatxBufferSize];
        bool added = false;
        handle.DangerousAddRef(ref added);
        try
        {
            if (Statx((int)handle.DangerousGetHandle(), string.Empty, AtEmptyPath, StatxIno, buffer) != 0)
            {
                throw new IOException($"{pathForMessages}: statx failed with errno {Marshal.GetLastPInvokeError()}.");
            }
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
        long inode = BitConverter.ToInt64(buffer[InodeOffset..]);
        long device = ((long)BitConverter.ToUInt32(buffer[DeviceMajorOffset..]) << 32) | BitConverter.ToUInt32(buffer[DeviceMinorOffset..]);
        return new FileIdentity(device, inode);
    }

    /// <summary>Makes the names created or renamed in <paramref name="directory"/> durable.</summary>
    /// <exception cref="IOException">The directory could not be opened or synced.</exception>
    public static void SyncDirectory(string directory)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        int fd = Open(directory, OpenReadOnlyDirectory);
        if (fd < 0)
        {
            throw new IOException($"{directory}: open for fsync failed with errno {Marshal.GetLastPInvokeError()}.");
        }
        try
        {
            if (Fsync(fd) != 0)
            {
                throw new IOException($"{directory}: fsync failed with errno {Marshal.GetLastPInvokeError()}.");
            }
        }
        finally
        {
            _ = Close(fd);
        }
    }

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directoryFd, string path, int flags, uint mask, Span<byte> buffer);

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int Fsync(int fd);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int fd);
}
