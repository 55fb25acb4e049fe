using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace MailWarden.Importing.Store.DuckDb;

/// <summary>
/// The store-wide import lock: <c>FILE.lock</c> held open with <see cref="FileShare.None"/> (an exclusive
/// <c>flock</c> on Linux, which the kernel drops when the holder dies, even by SIGKILL). Who holds it is written to
/// <c>FILE.lock.owner</c>, because the locked file itself cannot be read by the others.
/// </summary>
internal sealed class ImportLock : IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private readonly FileStream _lock;
    private readonly string _ownerPath;

    private ImportLock(FileStream lockStream, string ownerPath) => (_lock, _ownerPath) = (lockStream, ownerPath);

    /// <exception cref="StoreLockedException">Still held by another importer after <paramref name="timeout"/>.</exception>
    public static async Task<ImportLock> AcquireAsync(StoreLayout layout, TimeSpan timeout, ILogger logger, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(layout.LockPath)!);
        var clock = Stopwatch.StartNew();
        bool announced = false;
        while (true)
        {
            try
            {
                var stream = new FileStream(layout.LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                await File.WriteAllTextAsync(layout.LockOwnerPath, DescribeSelf(), cancellationToken).ConfigureAwait(false);
                return new ImportLock(stream, layout.LockOwnerPath);
            }
            catch (IOException) when (File.Exists(layout.LockPath))
            {
                string holder = ReadHolder(layout) ?? "another process";
                if (clock.Elapsed >= timeout)
                {
                    throw new StoreLockedException(layout.LockPath, holder, clock.Elapsed);
                }
                if (!announced)
                {
                    Log.WaitingForImportLock(logger, layout.LockPath, holder);
                    announced = true;
                }
                await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public void Dispose()
    {
        try
        {
            File.Delete(_ownerPath);
        }
        catch (IOException)
        {
            // Only informational; the next holder overwrites it.
        }
        _lock.Dispose();
    }

    private static string DescribeSelf() =>
        $"process {Environment.ProcessId} on {Environment.MachineName} ({Path.GetFileName(Environment.ProcessPath)}) since {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss}Z";

    private static string? ReadHolder(StoreLayout layout)
    {
        try
        {
            return File.Exists(layout.LockOwnerPath) ? File.ReadAllText(layout.LockOwnerPath).Trim() : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
