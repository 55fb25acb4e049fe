using System.Diagnostics;
using MailWarden.Importing.Checkpoints;
using MailWarden.Importing.Store;

namespace MailWarden.Importing;

/// <summary>
/// The state of one import run: two batches (one filling while the other commits, so reading and writing overlap on
/// two cores and memory stays at two batches), the checkpoints reached since the last commit, and the counts.
/// </summary>
internal sealed class ImportRun(ITrackingStoreWriter writer, int batchRows)
{
    // Beyond this, rejected rows are counted and logged but not listed in the summary.
    private const int MaxListedProblems = 100;

    private readonly Dictionary<FileIdentity, FileCheckpoint> _pendingCheckpoints = [];
    private readonly List<string> _problems = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private EventBatch _spare = new(Math.Min(batchRows, 65_536));
    private Task<long> _commit = Task.FromResult(0L);

    public EventBatch Batch { get; private set; } = new(Math.Min(batchRows, 65_536));

    public int Files { get; set; }
    public long Rows { get; set; }
    public long Rejected { get; private set; }
    public int SkippedFiles { get; set; }
    public long Bytes { get; set; }
    public bool HasFileErrors { get; set; }

    /// <summary>Identities read in this run: a file reached twice (a path given twice, a hard link) is read once.</summary>
    public HashSet<FileIdentity> SeenFiles { get; } = [];

    public void Reject(string message)
    {
        Rejected++;
        Problem(message);
    }

    public void Problem(string message)
    {
        if (_problems.Count < MaxListedProblems)
        {
            _problems.Add(message);
        }
    }

    public void Reached(FileCheckpoint checkpoint) => _pendingCheckpoints[checkpoint.Identity] = checkpoint;

    /// <summary>Hands the batch and the checkpoints reached to a background commit once the batch is full.</summary>
    public async Task CommitIfFullAsync()
    {
        if (Batch.Count >= batchRows)
        {
            await CommitAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Starts committing what is pending (after the previous commit finished) and switches to the other batch.</summary>
    public async Task CommitAsync()
    {
        await _commit.ConfigureAwait(false);
        if (Batch.Count == 0 && _pendingCheckpoints.Count == 0)
        {
            return;
        }
        var batch = Batch;
        FileCheckpoint[] checkpoints = [.. _pendingCheckpoints.Values];
        _pendingCheckpoints.Clear();
        (Batch, _spare) = (_spare, batch);
        Batch.Clear();
        // The commit must not be cancelled halfway by the caller's token: it is atomic, and it is short.
        _commit = Task.Run(async () => await writer.CommitAsync(batch, checkpoints, CancellationToken.None).ConfigureAwait(false));
    }

    /// <summary>Commits what is left and waits for every commit.</summary>
    public async Task FinishAsync()
    {
        await CommitAsync().ConfigureAwait(false);
        await _commit.ConfigureAwait(false);
    }

    /// <summary>Waits for a commit in flight without starting another (on failure or cancellation).</summary>
    public async Task DrainAsync() =>
        // WhenAny does not rethrow: the run is failing already, and its first error is the one reported.
        await Task.WhenAny(_commit).ConfigureAwait(false);

    public ImportSummary Summary() =>
        new(Files, Rows, Rejected, SkippedFiles, Bytes, _clock.Elapsed, _problems) { HasFileErrors = HasFileErrors };
}
