using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MailWarden.Importing;

/// <summary>
/// Runs an import on a schedule until cancelled: the loop behind <c>serve</c> (<see cref="ScheduledImportService"/>)
/// and <c>mailwarden import --watch</c>. The first run starts at once; a failed run is logged and the loop goes on.
/// </summary>
public static class ScheduledImportLoop
{
    /// <summary>Imports <paramref name="paths"/> now and then at every time of <paramref name="schedule"/>, until <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <param name="importer">The importer.</param>
    /// <param name="paths">Files and folders to import.</param>
    /// <param name="schedule">When to run again.</param>
    /// <param name="onRunCompleted">Called with each run's summary (e.g. to print it); null for none.</param>
    /// <param name="logger">Operator log.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="cancellationToken">Ends the loop (also during a run, which stops between records).</param>
    /// <returns>A task that completes when the loop is cancelled.</returns>
    public static async Task RunAsync(
        TrackingImporter importer, IReadOnlyList<string> paths, ImportSchedule schedule, Action<ImportSummary>? onRunCompleted = null,
        ILogger? logger = null, TimeProvider? timeProvider = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(importer);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(schedule);
        logger ??= NullLogger.Instance;
        timeProvider ??= TimeProvider.System;
        Log.ScheduleStarted(logger, paths.Count, schedule.ToString());
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var summary = await importer.ImportAsync(paths, progress: null, cancellationToken).ConfigureAwait(false);
                onRunCompleted?.Invoke(summary);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or TimeoutException or Store.StoreLockedException or DuckDB.NET.Data.DuckDBException)
            {
                // The store or a share may come back (a remount, the other importer finishing): try again next time.
                Log.ScheduledRunFailed(logger, exception);
            }
            var now = timeProvider.GetUtcNow();
            var next = schedule.NextRun(now);
            Log.NextRunScheduled(logger, next);
            try
            {
                await Task.Delay(Clamp(next - now), timeProvider, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    // Task.Delay takes at most about 49 days; a cron with no next time waits that long, then asks again.
    private static TimeSpan Clamp(TimeSpan delay) =>
        delay < TimeSpan.Zero ? TimeSpan.Zero : delay > TimeSpan.FromDays(30) ? TimeSpan.FromDays(30) : delay;
}
