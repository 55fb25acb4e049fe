using MailWarden.Importing.Store.DuckDb;
using MailWarden.Importing.Tests.Support;

namespace MailWarden.Importing.Tests.Store;

public sealed class CompactionTests
{
    [Fact]
    public async Task Import_ManySmallIncrementalImports_AreMergedWithTheSameRows()
    {
        await using var store = new TempStore(new DuckDbStoreOptions { CompactionMinPartitions = 4, SmallPartitionRows = 1_000 });
        string log = store.LogPath("MSGTRK.LOG");
        MsgtrkText.Write(log, MsgtrkText.Header());
        for (int run = 0; run < 3; run++)
        {
            MsgtrkText.Append(log, MsgtrkText.Rows(run * 10, 10));
            await store.ImportAsync();
        }
        Assert.Equal(3, store.PartitionFiles().Length);
        await using var before = await store.Store.OpenSnapshotAsync();

        MsgtrkText.Append(log, MsgtrkText.Rows(30, 10));
        await store.ImportAsync();
        await using var after = await store.Store.OpenSnapshotAsync();

        Assert.Equal(40, await store.CountAsync(after));
        Assert.Single(await store.Store.ReadPartitionFilesAsync(CancellationToken.None));
        Assert.Equal(40, await store.ScalarAsync("SELECT count(DISTINCT seq) FROM events", after));
        // The replaced partitions stay for the grace period: the older snapshot still reads them.
        Assert.Equal(30, await store.CountAsync(before));
    }

    [Fact]
    public async Task OpenWriter_AfterTheGracePeriod_DeletesRetiredPartitions()
    {
        await using var store = new TempStore(new DuckDbStoreOptions { CompactionMinPartitions = 2, SmallPartitionRows = 1_000, RetiredPartitionGrace = TimeSpan.Zero });
        string log = store.LogPath("MSGTRK.LOG");
        MsgtrkText.Write(log, MsgtrkText.Header());
        for (int run = 0; run < 2; run++)
        {
            MsgtrkText.Append(log, MsgtrkText.Rows(run * 10, 10));
            await store.ImportAsync();
        }

        await (await store.Store.OpenWriterAsync(TimeSpan.Zero)).DisposeAsync();

        Assert.Single(store.PartitionFiles());
        Assert.Equal(20, await store.CountAsync());
    }
}
