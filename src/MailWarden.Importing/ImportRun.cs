using System.Diagnostics;
using MailWarden.Importing.Checkpoints;
using MailWarden.Importing.Store;

namespace MailWarden.Importing;

/// <summary>
/// The state of one import run shared by its readers (<see cref="ImportWorker"/>, one per core): the counts, the files
/// seen, and the single committer. Each reader fills its own batch; a full batch is handed over with the checkpoints
/// of exactly the rows it holds, and commits run one at a time, in hand-over order, while the readers go on with
/// spare batches. So memory stays at one batch per reader plus the one being committed.
/// </summary>
internal sealed class ImportRun(ITrackingStoreWriter writer, int batchRows)
{
    // Beyond this, rejected rows are counted and logged but not listed in the summary.
    private const int MaxListedProblems = 100;

    private readonly Lock _lock = new();
    // Keyed by (file's place in the run, arrival): listed in file order, as one reader would list them, whichever reader found them.
    private readonly SortedList<(int File, long Arrival), string> _problems = [];
    private long _arrivals;
    private readonly HashSet<FileIdentity> _seenFiles = [];
    private readonly Stack<EventBatch> _spareBatches = new();
    private readonly SemaphoreSlim _handOver = new(1, 1);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private Task _commit = Task.CompletedTask;
    private EventBatch? _committing;
    private int _files;
    private long _rows;
    private long _rejected;
    private int _skippedFiles;
    private long _bytes;
    private bool _hasFileErrors;

    public int BatchRows => batchRows;

    // Room for a full batch plus the window that fills it, so that its columns do not grow by copying (up to 4 M
    // rows; larger batches grow like any other).
    private int BatchCapacity => (int)Math.Min(batchRows + (batchRows / 8L), 4_194_304);

    /// <summary>A rejected row of the file at <paramref name="file"/> in the run's list of files.</summary>
    public void Reject(int file, string message)
    {
        Interlocked.Increment(ref _rejected);
        Problem(file, message);
    }

    /// <summary>A problem with the file at <paramref name="file"/> in the run's list (-1: before any file).</summary>
    public void Problem(int file, string message)
    {
        lock (_lock)
        {
            _problems.Add((file, _arrivals++), message);
            if (_problems.Count > MaxListedProblems)
            {
                // Keep the first ones in file order: those a run reading one file after the other would have listed.
                _problems.RemoveAt(_problems.Count - 1);
            }
        }
    }

    public void FileError(int file, string message)
    {
        lock (_lock)
        {
            _hasFileErrors = true;
        }
        Problem(file, message);
    }

    public void FileRead() => Interlocked.Increment(ref _files);

    public void FileSkipped() => Interlocked.Increment(ref _skippedFiles);

    public void Read(long rows, long bytes)
    {
        Interlocked.Add(ref _rows, rows);
        Interlocked.Add(ref _bytes, bytes);
    }

    /// <summary>False when the file was reached already in this run (a path given twice, a hard link): read it once.</summary>
    public bool FirstVisit(FileIdentity identity)
    {
        lock (_lock)
        {
            return _seenFiles.Add(identity);
        }
    }

    /// <summary>A batch for a reader to fill: a spare one, or a new one until there is one per reader plus the committing one.</summary>
    public EventBatch TakeBatch()
    {
        lock (_lock)
        {
            return _spareBatches.TryPop(out var batch) ? batch : new EventBatch(BatchCapacity);
        }
    }

    /// <summary>
    /// Starts committing <paramref name="batch"/> with <paramref name="checkpoints"/> once the commit in flight has
    /// finished (so commits keep the order of hand-overs, which keeps each file's checkpoints in order), and returns an
    /// empty batch to go on with. Blocks the reader meanwhile: that is what bounds memory when writing is the slower side.
    /// </summary>
    /// <exception cref="Exception">The previous commit failed (its error, rethrown).</exception>
    public EventBatch HandOver(EventBatch batch, FileCheckpoint[] checkpoints)
    {
        _handOver.Wait();
        try
        {
            FinishCommitInFlight();
            if (batch.Count == 0 && checkpoints.Length == 0)
            {
                return batch;
            }
            _committing = batch;
            // The commit must not be cancelled halfway by the caller's token: it is atomic, and it is short.
            _commit = Task.Run(async () => await writer.CommitAsync(batch, checkpoints, CancellationToken.None).ConfigureAwait(false));
            var next = TakeBatch();
            next.Clear();
            return next;
        }
        finally
        {
            _handOver.Release();
        }
    }

    /// <summary>Waits for the last commit (after every reader has handed over its rows).</summary>
    /// <exception cref="Exception">The last commit failed (its error, rethrown).</exception>
    public async Task FinishAsync()
    {
        await _handOver.WaitAsync().ConfigureAwait(false);
        try
        {
            await _commit.ConfigureAwait(false);
            FinishCommitInFlight();
        }
        finally
        {
            _handOver.Release();
        }
    }

    /// <summary>Waits for a commit in flight without starting another (on failure or cancellation).</summary>
    public async Task DrainAsync() =>
        // WhenAny does not rethrow: the run is failing already, and its first error is the one reported.
        await Task.WhenAny(_commit).ConfigureAwait(false);

    public ImportSummary Summary()
    {
        lock (_lock)
        {
            return new(_files, _rows, _rejected, _skippedFiles, _bytes, _clock.Elapsed, [.. _problems.Values]) { HasFileErrors = _hasFileErrors };
        }
    }

    private void FinishCommitInFlight()
    {
        _commit.GetAwaiter().GetResult();
        if (_committing is { } done)
        {
            _committing = null;
            lock (_lock)
            {
                _spareBatches.Push(done);
            }
        }
    }
}
