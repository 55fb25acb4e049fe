using System.Globalization;
using DuckDB.NET.Data;

namespace MailWarden.Importing.Store.DuckDb;

internal sealed partial class DuckDbStoreWriter
{
    /// <summary>
    /// Merges the oldest small partitions into one, sorted by <c>date_time</c> and zstd-compressed by DuckDB itself
    /// (its writer is slower than ours, but compaction runs only over small partitions). The merged file follows the
    /// same protocol as a commit; the replaced files are retired, not deleted, for snapshots that still list them.
    /// </summary>
    public async ValueTask<int> CompactAsync(CancellationToken cancellationToken = default)
    {
        List<(string File, long Rows, long FirstSeq, long LastSeq, DateTime MinTime, DateTime MaxTime)> merged = [];
        using (var catalog = await OpenCatalogAsync(cancellationToken).ConfigureAwait(false))
        {
            DeleteRetired(catalog);
            using var command = catalog.Command(
                "SELECT file, rows, first_seq, last_seq, min_time, max_time FROM partitions WHERE rows < ? ORDER BY first_seq", (long)_options.SmallPartitionRows);
            using var reader = command.ExecuteReader();
            long rows = 0;
            while (reader.Read() && rows < _options.CompactionMaxRows)
            {
                merged.Add((reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetDateTime(4), reader.GetDateTime(5)));
                rows += reader.GetInt64(1);
            }
        }
        if (merged.Count < _options.CompactionMinPartitions)
        {
            return 0;
        }
        cancellationToken.ThrowIfCancellationRequested();

        string file = StoreLayout.NewPartitionFile(merged.Min(p => p.FirstSeq));
        long bytes = WritePartition(file, temporaryPath => CopyMerged(merged.Select(p => _layout.PartitionPath(p.File)), temporaryPath));
        using (var catalog = await OpenCatalogAsync(CancellationToken.None).ConfigureAwait(false))
        {
            using var transaction = catalog.Connection.BeginTransaction();
            catalog.Execute(
                "INSERT INTO partitions VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                file, merged.Sum(p => p.Rows), merged.Min(p => p.FirstSeq), merged.Max(p => p.LastSeq),
                merged.Min(p => p.MinTime), merged.Max(p => p.MaxTime), bytes, DateTime.UtcNow);
            foreach (var partition in merged)
            {
                catalog.Execute("DELETE FROM partitions WHERE file = ?", partition.File);
                catalog.Execute("INSERT INTO retired_partitions VALUES (?, ?)", partition.File, DateTime.UtcNow);
            }
            transaction.Commit();
        }
        _onCommitStep?.Invoke(StoreCommitStep.CatalogCommitted);
        Log.PartitionsCompacted(_logger, merged.Count, merged.Sum(p => p.Rows), file);
        return merged.Count;
    }

    private long CopyMerged(IEnumerable<string> sources, string target)
    {
        using (var connection = new DuckDBConnection("Data Source=:memory:"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            // Through the snapshot's relation, so that rows of partitions older than a derived column get its values.
            string events = DuckDbTrackingStore.EventsSql(connection, [.. sources], forCompaction: true);
            command.CommandText = string.Create(CultureInfo.InvariantCulture,
                $"COPY (SELECT * FROM ({events}) AS merged ORDER BY {EventColumns.DateTime}, {EventColumns.Seq}) TO {Quote(target)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE {_options.RowGroupRows})");
            command.ExecuteNonQuery();
        }
        // DuckDB does not fsync what COPY writes.
        using (var stream = new FileStream(target, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            stream.Flush(flushToDisk: true);
            return stream.Length;
        }
    }

    private static string Quote(string path) => "'" + path.Replace("'", "''", StringComparison.Ordinal) + "'";
}
