using MailWarden.Importing.Checkpoints;
using MailWarden.Importing.Store.Partitions;
using MailWarden.Tracking.Reading;
using Microsoft.Extensions.Logging;

namespace MailWarden.Importing.Store.DuckDb;

/// <summary>
/// Writes partitions and checkpoints while holding the import lock. The commit protocol: write the partition to a
/// temporary name and fsync it; rename it to its final name and fsync the folder; then one catalog transaction
/// records the partition, the checkpoints of the files whose rows it holds and the next <c>seq</c>. Readers list
/// only catalogued partitions, so a file is visible exactly when its checkpoints are.
/// </summary>
internal sealed partial class DuckDbStoreWriter : ITrackingStoreWriter
{
    private readonly StoreLayout _layout;
    private readonly DuckDbStoreOptions _options;
    private readonly ImportLock _importLock;
    private readonly ILogger _logger;
    private readonly Action<StoreCommitStep>? _onCommitStep;
    private readonly ParquetPartitionWriter _partitionWriter;
    private long _nextSeq;

    private DuckDbStoreWriter(StoreLayout layout, DuckDbStoreOptions options, ImportLock importLock, ILogger logger, Action<StoreCommitStep>? onCommitStep)
    {
        _layout = layout;
        _options = options;
        _importLock = importLock;
        _logger = logger;
        _onCommitStep = onCommitStep;
        _partitionWriter = new ParquetPartitionWriter(options.RowGroupRows, options.CompressPartitions);
    }

    public static async Task<DuckDbStoreWriter> OpenAsync(
        StoreLayout layout, DuckDbStoreOptions options, ImportLock importLock, ILogger logger, Action<StoreCommitStep>? onCommitStep, CancellationToken cancellationToken)
    {
        var writer = new DuckDbStoreWriter(layout, options, importLock, logger, onCommitStep);
        Directory.CreateDirectory(layout.PartitionDirectory);
        using (var catalog = await writer.OpenCatalogAsync(cancellationToken).ConfigureAwait(false))
        {
            catalog.Execute(CatalogSchema.Create);
            writer._nextSeq = ReadNextSeq(catalog);
            writer.Recover(catalog);
        }
        return writer;
    }

    public async ValueTask<IReadOnlyList<FileCheckpoint>> LoadCheckpointsAsync(CancellationToken cancellationToken = default)
    {
        using var catalog = await OpenCatalogAsync(cancellationToken).ConfigureAwait(false);
        using var command = catalog.Command("""SELECT path, device, inode, fingerprint_length, fingerprint, size, "offset", line_number, header FROM checkpoints""");
        using var reader = command.ExecuteReader();
        var checkpoints = new List<FileCheckpoint>();
        while (reader.Read())
        {
            checkpoints.Add(new FileCheckpoint(
                reader.GetString(0),
                new FileIdentity(reader.GetInt64(1), reader.GetInt64(2)),
                new FileFingerprint(reader.GetInt32(3), reader.GetString(4)),
                reader.GetInt64(5),
                new TrackingLogPosition(reader.GetInt64(6), reader.GetInt64(7), reader.IsDBNull(8) ? null : reader.GetString(8))));
        }
        return checkpoints;
    }

    // Above this many checkpoints in one commit, they are upserted in bulk.
    private const int BulkCheckpointThreshold = 16;

    public async ValueTask<long> CommitAsync(EventBatch batch, IReadOnlyList<FileCheckpoint> checkpoints, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(checkpoints);
        cancellationToken.ThrowIfCancellationRequested();
        string? file = null;
        PartitionStatistics? statistics = null;
        if (batch.Count > 0)
        {
            file = StoreLayout.NewPartitionFile(_nextSeq);
            statistics = WritePartition(file, temporaryPath =>
            {
                using var stream = new FileStream(temporaryPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20);
                var written = _partitionWriter.Write(batch, _nextSeq, stream);
                stream.Flush(flushToDisk: true);
                return written;
            });
        }
        cancellationToken.ThrowIfCancellationRequested();
        using (var catalog = await OpenCatalogAsync(CancellationToken.None).ConfigureAwait(false))
        {
            using var transaction = catalog.Connection.BeginTransaction();
            if (file is not null)
            {
                InsertPartition(catalog, file, statistics!);
                catalog.Execute("UPDATE store_info SET value = ? WHERE key = ?", (statistics!.LastSeq + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), CatalogSchema.NextSeqKey);
            }
            if (checkpoints.Count <= BulkCheckpointThreshold)
            {
                foreach (var checkpoint in checkpoints)
                {
                    UpsertCheckpoint(catalog, checkpoint);
                }
            }
            else
            {
                UpsertCheckpoints(catalog, checkpoints);
            }
            transaction.Commit();
        }
        if (statistics is not null)
        {
            _nextSeq = statistics.LastSeq + 1;
            Log.PartitionCommitted(_logger, file!, statistics.Rows, checkpoints.Count);
        }
        _onCommitStep?.Invoke(StoreCommitStep.CatalogCommitted);
        return statistics?.Rows ?? 0;
    }

    public ValueTask DisposeAsync()
    {
        _importLock.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Has <paramref name="write"/> write (and fsync) a partition at a temporary path, then gives it its final name
    /// durably. Not yet in the catalog, so no reader sees it, and the next writer deletes it if the commit never comes.
    /// </summary>
    private T WritePartition<T>(string file, Func<string, T> write)
    {
        string temporary = _layout.TemporaryPath(file);
        T result;
        try
        {
            result = write(temporary);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
        _onCommitStep?.Invoke(StoreCommitStep.PartitionWritten);
        File.Move(temporary, _layout.PartitionPath(file));
        NativeFileSystem.SyncDirectory(_layout.PartitionDirectory);
        _onCommitStep?.Invoke(StoreCommitStep.Renamed);
        return result;
    }

    private static void InsertPartition(CatalogConnection catalog, string file, PartitionStatistics statistics) =>
        catalog.Execute(
            "INSERT INTO partitions VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            file, statistics.Rows, statistics.FirstSeq, statistics.LastSeq, statistics.MinTime, statistics.MaxTime, statistics.Bytes, DateTime.UtcNow);

    private static void UpsertCheckpoint(CatalogConnection catalog, FileCheckpoint checkpoint)
    {
        // One checkpoint per identity and per path: a renamed file replaces its old path's, a rotated one its predecessor's.
        catalog.Execute(
            "DELETE FROM checkpoints WHERE (device = ? AND inode = ?) OR path = ?",
            checkpoint.Identity.Device, checkpoint.Identity.Inode, checkpoint.Path);
        catalog.Execute(
            "INSERT INTO checkpoints VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            checkpoint.Identity.Device, checkpoint.Identity.Inode, checkpoint.Path, checkpoint.Fingerprint.Length, checkpoint.Fingerprint.Hash,
            checkpoint.Size, checkpoint.Position.Offset, checkpoint.Position.LineNumber, checkpoint.Position.Header, DateTime.UtcNow);
    }

    /// <summary>
    /// The same upserts for many files at once (a folder of thousands of small Exchange logs commits a thousand
    /// checkpoints per batch): appended to a temporary table, then one DELETE and one INSERT, instead of two
    /// statements per file each scanning the whole table.
    /// </summary>
    private static void UpsertCheckpoints(CatalogConnection catalog, IReadOnlyList<FileCheckpoint> checkpoints)
    {
        // One upsert after the other lets a later checkpoint replace an earlier one of the same identity or path:
        // keep only those survivors, so that one DELETE and one INSERT leave the same table.
        var kept = new List<FileCheckpoint?>(checkpoints.Count);
        var byIdentity = new Dictionary<FileIdentity, int>();
        var byPath = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var checkpoint in checkpoints)
        {
            if (byIdentity.TryGetValue(checkpoint.Identity, out int sameIdentity))
            {
                kept[sameIdentity] = null;
            }
            if (byPath.TryGetValue(checkpoint.Path, out int samePath))
            {
                kept[samePath] = null;
            }
            byIdentity[checkpoint.Identity] = byPath[checkpoint.Path] = kept.Count;
            kept.Add(checkpoint);
        }
        var survivors = kept.OfType<FileCheckpoint>();
        catalog.Execute("CREATE TEMP TABLE IF NOT EXISTS pending_checkpoints AS SELECT * FROM checkpoints LIMIT 0");
        catalog.Execute("DELETE FROM pending_checkpoints");
        var now = DateTime.UtcNow;
        using (var appender = catalog.Connection.CreateAppender("pending_checkpoints"))
        {
            foreach (var c in survivors)
            {
                appender.CreateRow()
                    .AppendValue(c.Identity.Device).AppendValue(c.Identity.Inode).AppendValue(c.Path)
                    .AppendValue(c.Fingerprint.Length).AppendValue(c.Fingerprint.Hash).AppendValue(c.Size)
                    .AppendValue(c.Position.Offset).AppendValue(c.Position.LineNumber).AppendValue(c.Position.Header)
                    .AppendValue(now).EndRow();
            }
        }
        catalog.Execute(
            "DELETE FROM checkpoints WHERE EXISTS (SELECT 1 FROM pending_checkpoints p " +
            "WHERE (checkpoints.device = p.device AND checkpoints.inode = p.inode) OR checkpoints.path = p.path)");
        catalog.Execute("INSERT INTO checkpoints SELECT * FROM pending_checkpoints");
    }

    private static long ReadNextSeq(CatalogConnection catalog)
    {
        using var command = catalog.Command("SELECT value FROM store_info WHERE key = ?", CatalogSchema.NextSeqKey);
        if (command.ExecuteScalar() is string value)
        {
            return long.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        }
        catalog.Execute("INSERT INTO store_info VALUES (?, ?), (?, ?)",
            CatalogSchema.NextSeqKey, "1", CatalogSchema.SchemaVersionKey, CatalogSchema.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return 1;
    }

    private Task<CatalogConnection> OpenCatalogAsync(CancellationToken cancellationToken) =>
        CatalogConnection.OpenAsync(_layout.CatalogPath, readOnly: false, _options.CatalogBusyTimeout, cancellationToken);
}
