using MailWarden.Importing.Store.DuckDb;
using MailWarden.Importing.Tests.Support;

namespace MailWarden.Importing.Tests;

/// <summary>
/// Several readers fill their own batches and one committer commits them: across many files cut into many windows and
/// many small batches, every row is stored exactly once with a unique seq, each file's checkpoint ends at its end, and
/// an import that dies in the middle of any commit is completed exactly by the next one.
/// </summary>
public sealed class ParallelImportTests
{
    private const int Files = 48;

    [Theory]
    [InlineData(2, 97)]
    [InlineData(3, 211)]
    [InlineData(4, 1_000)]
    public async Task Import_ManyFilesWindowsAndSmallBatches_StoresEveryRowOnce(int readers, int batchRows)
    {
        await using var store = new TempStore(new DuckDbStoreOptions { CompactionMinPartitions = 100_000 });
        long expected = WriteLogs(store);

        var first = await Importer(store, store.Store, readers, batchRows).ImportAsync([store.Logs]);
        long appended = AppendToLogs(store);
        var second = await Importer(store, store.Store, readers, batchRows).ImportAsync([store.Logs]);
        var third = await Importer(store, store.Store, readers, batchRows).ImportAsync([store.Logs]);

        Assert.Equal(expected, first.Rows);
        Assert.Equal(appended, second.Rows);
        Assert.Equal(0, third.Rows);
        await AssertEveryRowOnceAsync(store, expected + appended);
        Assert.True(store.PartitionFiles().Length > 2, $"{store.PartitionFiles().Length} partitions");
    }

    [Theory]
    [InlineData((int)StoreCommitStep.PartitionWritten, 1)]
    [InlineData((int)StoreCommitStep.PartitionWritten, 5)]
    [InlineData((int)StoreCommitStep.Renamed, 3)]
    [InlineData((int)StoreCommitStep.Renamed, 8)]
    [InlineData((int)StoreCommitStep.CatalogCommitted, 2)]
    [InlineData((int)StoreCommitStep.CatalogCommitted, 7)]
    public async Task Import_CrashInTheMiddleOfAParallelRun_NextImportCompletesItExactly(int crashStep, int crashAtCommit)
    {
        await using var store = new TempStore(new DuckDbStoreOptions { CompactionMinPartitions = 100_000 });
        long expected = WriteLogs(store);
        int commits = 0;
        store.Store.OnCommitStep = step =>
        {
            if ((int)step == crashStep && Interlocked.Increment(ref commits) == crashAtCommit)
            {
                throw new SimulatedCrashException();
            }
        };

        await Assert.ThrowsAsync<SimulatedCrashException>(() => Importer(store, store.Store, readers: 2, batchRows: 211).ImportAsync([store.Logs]));
        long afterCrash = await store.CountAsync();
        var rerun = await Importer(store, store.NewStore(), readers: 2, batchRows: 211).ImportAsync([store.Logs]);

        Assert.InRange(afterCrash, 0, expected - 1);
        Assert.Equal(expected - afterCrash, rerun.Rows);
        await AssertEveryRowOnceAsync(store, expected);
        Assert.DoesNotContain(store.PartitionFiles(), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    private static TrackingImporter Importer(TempStore store, DuckDbTrackingStore target, int readers, int batchRows) =>
        new(target, new ImportOptions { BatchRows = batchRows, LockTimeout = TimeSpan.FromMinutes(1) }) { Readers = readers, WindowBytes = 4_096 };

    /// <summary>Files of 1 to ~300 rows (the larger ones span several 4 KB windows), several servers; returns the row count.</summary>
    private static long WriteLogs(TempStore store)
    {
        long rows = 0;
        for (int file = 0; file < Files; file++)
        {
            int count = 1 + (file * 37 % 300);
            MsgtrkText.Write(store.LogPath($"MSGTRK{file:D3}.LOG"), MsgtrkText.File(file * 1_000, count, server: $"EXCH{file % 3}"));
            rows += count;
        }
        return rows;
    }

    private static long AppendToLogs(TempStore store)
    {
        long rows = 0;
        for (int file = 0; file < Files; file += 3)
        {
            int count = 1 + (file % 40);
            MsgtrkText.Append(store.LogPath($"MSGTRK{file:D3}.LOG"), MsgtrkText.Rows((file * 1_000) + 500, count, server: $"EXCH{file % 3}"));
            rows += count;
        }
        return rows;
    }

    private static async Task AssertEveryRowOnceAsync(TempStore store, long expected)
    {
        Assert.Equal(expected, await store.CountAsync());
        Assert.Equal(0, await store.DuplicatesAsync());
        Assert.Equal(expected, await store.ScalarAsync("SELECT count(DISTINCT seq) FROM events"));
        // Every line of every file: rows start at line 6 (after the 5 header lines) and follow one another.
        Assert.Equal(0, await store.ScalarAsync("SELECT count(*) FROM (SELECT source_file, min(source_line) AS first, max(source_line) AS last, count(*) AS n FROM events GROUP BY 1) WHERE first <> 6 OR last - first + 1 <> n"));
        Assert.Equal(Files, await store.ScalarAsync("SELECT count(DISTINCT source_file) FROM events"));
        Assert.Equal(expected, await store.ScalarAsync("SELECT count(DISTINCT message_id) FROM events"));
        var checkpoints = await store.Store.OpenWriterAsync(TimeSpan.FromMinutes(1));
        await using (checkpoints)
        {
            var all = await checkpoints.LoadCheckpointsAsync();
            Assert.Equal(Files, all.Count);
            Assert.All(all, c => Assert.Equal(new FileInfo(c.Path).Length, c.Position.Offset));
        }
    }

    private sealed class SimulatedCrashException : Exception;
}
