using MailWarden.Importing.Store;
using MailWarden.Importing.Tests.Support;

namespace MailWarden.Importing.Tests.Store;

public sealed class StoreConcurrencyTests
{
    [Fact]
    public async Task Snapshot_OpenedBeforeAnImport_KeepsReadingTheOldRows()
    {
        await using var store = new TempStore();
        MsgtrkText.Write(store.LogPath("a.LOG"), MsgtrkText.File(0, 100));
        await store.ImportAsync();
        await using var snapshot = await store.Store.OpenSnapshotAsync();

        MsgtrkText.Write(store.LogPath("b.LOG"), MsgtrkText.File(100, 50));
        var importing = store.Importer(store: store.NewStore()).ImportAsync([store.Logs]);
        long duringImport = await store.CountAsync(snapshot);
        await importing;

        Assert.Equal(100, duringImport);
        Assert.Equal(100, await store.CountAsync(snapshot));
        Assert.Equal(150, await store.CountAsync());
    }

    [Fact]
    public async Task Import_TwoImportersAtOnce_ImportEveryRowOnce()
    {
        await using var store = new TempStore();
        for (int file = 0; file < 6; file++)
        {
            MsgtrkText.Write(store.LogPath($"MSGTRK{file}.LOG"), MsgtrkText.File(file * 400, 400));
        }

        var summaries = await Task.WhenAll(
            Task.Run(() => store.Importer(batchRows: 300, store: store.NewStore()).ImportAsync([store.Logs])),
            Task.Run(() => store.Importer(batchRows: 300, store: store.NewStore()).ImportAsync([store.Logs])));

        Assert.Equal(2_400, summaries.Sum(s => s.Rows));
        Assert.Equal(2_400, await store.CountAsync());
        Assert.Equal(0, await store.DuplicatesAsync());
    }

    [Fact]
    public async Task OpenWriter_WhileAnotherHoldsTheLock_FailsNamingTheHolder()
    {
        await using var store = new TempStore();
        await using var holder = await store.Store.OpenWriterAsync(TimeSpan.Zero);

        var failure = await Assert.ThrowsAsync<StoreLockedException>(async () => await store.NewStore().OpenWriterAsync(TimeSpan.FromMilliseconds(300)));

        Assert.Contains($"process {Environment.ProcessId}", failure.Message, StringComparison.Ordinal);
        Assert.Contains(".lock", failure.LockFile, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenWriter_AfterTheHolderReleased_Succeeds()
    {
        await using var store = new TempStore();
        await (await store.Store.OpenWriterAsync(TimeSpan.Zero)).DisposeAsync();

        await using var second = await store.NewStore().OpenWriterAsync(TimeSpan.Zero);

        Assert.Empty(await second.LoadCheckpointsAsync());
    }

    [Fact]
    public async Task Snapshot_OfAStoreNeverImportedInto_IsEmptyWithEveryColumn()
    {
        await using var store = new TempStore();

        await using var snapshot = await store.Store.OpenSnapshotAsync();

        Assert.Equal(0, await store.CountAsync(snapshot));
        Assert.Equal(EventSchemaColumnCount, await store.ScalarAsync("SELECT count(*) FROM (DESCRIBE events)", snapshot));
    }

    private static int EventSchemaColumnCount => MailWarden.Importing.Store.EventSchema.Columns.Count;
}
