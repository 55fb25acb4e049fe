using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using MailWarden.Importing.Sources;
using MailWarden.Importing.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MailWarden.Importing;

/// <summary>
/// Imports tracking logs into a store, incrementally: each file continues from its checkpoint, so a second run
/// imports nothing, a grown file only its new rows, and a half-written last line waits for the next run. Rows and
/// checkpoints are committed together every <see cref="ImportOptions.BatchRows"/> rows.
/// </summary>
public sealed partial class TrackingImporter
{
    // A file is read in windows of this many bytes, each committed with its checkpoint when the batch is full:
    // bounds memory on a multi-gigabyte export as on a folder of 10 MB Exchange logs.
    internal const int DefaultWindowBytes = 64 * 1024 * 1024;

    private readonly ITrackingStore _store;
    private readonly ImportOptions _options;
    private readonly ILogger _logger;

    /// <summary>Creates an importer into <paramref name="store"/>.</summary>
    /// <param name="store">Where the rows go.</param>
    /// <param name="options">Uses <see cref="ImportOptions.BatchRows"/> and <see cref="ImportOptions.LockTimeout"/>.</param>
    /// <param name="logger">Operator log: rejected rows (file, line, reason), refused and restarted files.</param>
    public TrackingImporter(ITrackingStore store, ImportOptions options, ILogger<TrackingImporter>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.BatchRows);
        _store = store;
        _options = options;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    internal int WindowBytes { get; init; } = DefaultWindowBytes;

    /// <summary>
    /// How many files are read at once, each reader on its own thread filling its own batch (one commit at a time):
    /// one per core, at most 4, as memory holds one batch per reader plus the one being committed.
    /// </summary>
    internal int Readers { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>Whether MSGTRK rows go through the columnar UTF-8 path (the default) or as TrackingEvent objects; tests compare both.</summary>
    internal bool UseColumnarReader { get; init; } = true;

    /// <summary>
    /// Imports <paramref name="paths"/>: files, and folders searched recursively. In a folder, files that are not
    /// tracking logs are skipped and counted; a file named explicitly that is not one is refused (listed in
    /// <see cref="ImportSummary.Problems"/>) and the rest still imports.
    /// </summary>
    /// <param name="paths">Files and folders.</param>
    /// <param name="progress">Receives progress after each chunk read; null for none.</param>
    /// <param name="cancellationToken">Stops the import; what was committed stays, the rest is imported next run.</param>
    /// <returns>What the run did.</returns>
    /// <exception cref="StoreLockedException">Another import into the same store held the lock past <see cref="ImportOptions.LockTimeout"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="IOException">The store could not be written.</exception>
    public async Task<ImportSummary> ImportAsync(IReadOnlyList<string> paths, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        Log.ImportStarted(_logger, paths.Count, (_store as Store.DuckDb.DuckDbTrackingStore)?.DatabasePath ?? _store.GetType().Name);
        var (files, missing) = SourceFinder.Find(paths);
        await using var writer = await _store.OpenWriterAsync(_options.LockTimeout, cancellationToken).ConfigureAwait(false);
        var checkpoints = new Checkpoints.CheckpointIndex(await writer.LoadCheckpointsAsync(cancellationToken).ConfigureAwait(false));
        var run = new ImportRun(writer, _options.BatchRows);
        foreach (string path in missing)
        {
            run.FileError(-1, $"{path} does not exist");
            Log.PathMissing(_logger, path);
        }
        var tracker = new ProgressTracker(files, progress);
        var queue = new ConcurrentQueue<SourceFile>(files.Select((file, index) => file with { Index = index }));
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // Dedicated threads: reading is synchronous, and the pool's threads are left to the commits.
        var readers = Enumerable.Range(0, Math.Clamp(Readers, 1, Math.Max(1, files.Count)))
            .Select(_ => Task.Factory.StartNew(
                () => ReadFiles(queue, checkpoints, run, tracker, failed),
                CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
        try
        {
            await Task.WhenAll(readers).ConfigureAwait(false);
            await run.FinishAsync().ConfigureAwait(false);
        }
        catch
        {
            await run.DrainAsync().ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            // The first reader that failed stopped the others (cancelled): its error is the one to report.
            var cause = readers.Where(r => r.IsFaulted).Select(r => r.Exception!.InnerException!).FirstOrDefault(e => e is not OperationCanceledException);
            if (cause is not null)
            {
                ExceptionDispatchInfo.Throw(cause);
            }
            throw;
        }
        await writer.CompactAsync(cancellationToken).ConfigureAwait(false);
        var summary = run.Summary();
        Log.ImportFinished(_logger, summary.Files > 0 || summary.Problems.Count > 0 ? LogLevel.Information : LogLevel.Debug, summary);
        return summary;
    }
}
