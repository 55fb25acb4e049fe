using MailWarden.Importing.Checkpoints;
using MailWarden.Importing.Store;

namespace MailWarden.Importing;

/// <summary>
/// One reader of an import run: the batch it fills and the checkpoints of the windows whose rows that batch holds.
/// A window is read whole into one batch before its checkpoint is noted, and a batch is handed over only between
/// windows, so every commit carries exactly the checkpoints of its rows.
/// </summary>
internal sealed class ImportWorker(ImportRun run)
{
    private readonly Dictionary<FileIdentity, FileCheckpoint> _pendingCheckpoints = [];

    public EventBatch Batch { get; private set; } = run.TakeBatch();

    public void Reached(FileCheckpoint checkpoint) => _pendingCheckpoints[checkpoint.Identity] = checkpoint;

    /// <summary>Hands the batch and the checkpoints reached to the committer once the batch is full.</summary>
    public void CommitIfFull()
    {
        if (Batch.Count >= run.BatchRows)
        {
            HandOver();
        }
    }

    /// <summary>Hands over what is pending, full or not (the reader is done).</summary>
    public void HandOver()
    {
        FileCheckpoint[] checkpoints = [.. _pendingCheckpoints.Values];
        Batch = run.HandOver(Batch, checkpoints);
        _pendingCheckpoints.Clear();
    }
}
