using MailWarden.Importing.Checkpoints;

namespace MailWarden.Importing.Store;

/// <summary>
/// The import side of a store, holding its import lock until disposed. Each <see cref="CommitAsync"/> is atomic:
/// the batch's rows and the checkpoints of the files they came from become visible together or not at all,
/// also when the process is killed midway.
/// </summary>
public interface ITrackingStoreWriter : IAsyncDisposable
{
    /// <summary>The checkpoint of every file imported so far.</summary>
    /// <param name="cancellationToken">Stops waiting for the catalog.</param>
    /// <returns>The checkpoints.</returns>
    ValueTask<IReadOnlyList<FileCheckpoint>> LoadCheckpointsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores <paramref name="batch"/> (which may be empty) and records <paramref name="checkpoints"/>, atomically.
    /// A checkpoint replaces the one of the same file identity and the one of the same path.
    /// </summary>
    /// <param name="batch">The rows; left unchanged (the caller clears it).</param>
    /// <param name="checkpoints">Where each file whose rows the batch holds (or that was read without rows) now stands.</param>
    /// <param name="cancellationToken">Stops before the commit; a cancelled commit leaves the store as it was.</param>
    /// <returns>The number of rows committed.</returns>
    ValueTask<long> CommitAsync(EventBatch batch, IReadOnlyList<FileCheckpoint> checkpoints, CancellationToken cancellationToken = default);

    /// <summary>Merges small partitions left by incremental imports when there are enough of them; a no-op otherwise.</summary>
    /// <param name="cancellationToken">Stops before the merge is committed.</param>
    /// <returns>The number of partitions merged away (0 when nothing was done).</returns>
    ValueTask<int> CompactAsync(CancellationToken cancellationToken = default);
}
