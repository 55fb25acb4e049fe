using MailWarden.Importing.Store.DuckDb;
using MailWarden.Importing.Tests.Support;

namespace MailWarden.Importing.Tests.Store;

/// <summary>An import that dies at any step of a commit leaves the store so that the next import has every row exactly once.</summary>
public sealed class CommitCrashTests
{
    [Theory]
    [InlineData((int)StoreCommitStep.PartitionWritten)]
    [InlineData((int)StoreCommitStep.Renamed)]
    [InlineData((int)StoreCommitStep.CatalogCommitted)]
    public async Task Import_CrashAtCommitStep_NextImportHasEveryRowOnce(int crashStep)
    {
        await using var store = new TempStore();
        MsgtrkText.Write(store.LogPath("a.LOG"), MsgtrkText.File(0, 300));
        MsgtrkText.Write(store.LogPath("b.LOG"), MsgtrkText.File(300, 200));
        int commits = 0;
        store.Store.OnCommitStep = s =>
        {
            // Let the first partition through, die in the second.
            if ((int)s == crashStep && ++commits == 2)
            {
                throw new SimulatedCrashException();
            }
        };

        await Assert.ThrowsAsync<SimulatedCrashException>(() => store.Importer(batchRows: 250).ImportAsync([store.Logs]));
        long afterCrash = await store.CountAsync();
        var rerun = await store.Importer(batchRows: 250, store: store.NewStore()).ImportAsync([store.Logs]);

        // Each file fills one commit (a.LOG 300 rows, b.LOG 200; the readers hand them over in either order): the
        // second commit is visible only if the catalog committed it.
        Assert.Contains(afterCrash, (long[])(crashStep == (int)StoreCommitStep.CatalogCommitted ? [500] : [300, 200]));
        Assert.Equal(500 - afterCrash, rerun.Rows);
        Assert.Equal(500, await store.CountAsync());
        Assert.Equal(0, await store.DuplicatesAsync());
        Assert.DoesNotContain(store.PartitionFiles(), f => f.EndsWith(".tmp", StringComparison.Ordinal));
        Assert.Equal(await store.ScalarAsync("SELECT count(DISTINCT filename) FROM read_parquet('" + store.Store.PartitionDirectory + "/*.parquet', filename = true)"), store.PartitionFiles().Length);
    }

    private sealed class SimulatedCrashException : Exception;
}
