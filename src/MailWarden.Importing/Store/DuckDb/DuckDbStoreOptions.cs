namespace MailWarden.Importing.Store.DuckDb;

/// <summary>Tuning of the embedded store; the defaults are the measured ones of docs/store.md.</summary>
public sealed class DuckDbStoreOptions
{
    /// <summary>Shared defaults; frozen by convention (never modified).</summary>
    public static DuckDbStoreOptions Default { get; } = new();

    /// <summary>
    /// Snappy-compress the pages of new partitions: 2.3 times smaller on disk, but imports 8% slower and message-level
    /// reports about 1.5 times slower on 10 M rows (docs/store.md), so off by default; compaction output is zstd anyway.
    /// </summary>
    public bool CompressPartitions { get; init; }

    /// <summary>Rows per Parquet row group: DuckDB's own size, the unit of its parallel scans and of min/max pruning.</summary>
    public int RowGroupRows { get; init; } = 122_880;

    /// <summary>A partition with fewer rows than this counts as small (left by an incremental import).</summary>
    public int SmallPartitionRows { get; init; } = 100_000;

    /// <summary>Compaction runs once at least this many small partitions exist.</summary>
    public int CompactionMinPartitions { get; init; } = 8;

    /// <summary>A compaction merges small partitions up to about this many rows into one.</summary>
    public int CompactionMaxRows { get; init; } = 2_000_000;

    /// <summary>
    /// How long a partition replaced by compaction is kept on disk, for reports that opened a snapshot before the
    /// compaction; a snapshot must not be used longer than this.
    /// </summary>
    public TimeSpan RetiredPartitionGrace { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How long to retry opening the catalog while another process has it open (a commit takes milliseconds).</summary>
    public TimeSpan CatalogBusyTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
