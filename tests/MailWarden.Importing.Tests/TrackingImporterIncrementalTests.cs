using MailWarden.Importing.Tests.Support;

namespace MailWarden.Importing.Tests;

public sealed class TrackingImporterIncrementalTests
{
    [Fact]
    public async Task Import_SecondRun_ImportsNothing()
    {
        await using var store = new TempStore();
        MsgtrkText.Write(store.LogPath("MSGTRK2024030108-1.LOG"), MsgtrkText.File(0, 50));
        MsgtrkText.Write(store.LogPath("MSGTRK2024030109-1.LOG"), MsgtrkText.File(50, 30));

        var first = await store.ImportAsync();
        var second = await store.ImportAsync();

        Assert.Equal(80, first.Rows);
        Assert.Equal(2, first.Files);
        Assert.Equal(0, second.Rows);
        Assert.Equal(0, second.Files);
        Assert.Equal(80, await store.CountAsync());
    }

    [Fact]
    public async Task Import_AppendedFile_ImportsOnlyNewRows()
    {
        await using var store = new TempStore();
        string log = store.LogPath("MSGTRK2024030108-1.LOG");
        MsgtrkText.Write(log, MsgtrkText.File(0, 10));
        await store.ImportAsync();

        MsgtrkText.Append(log, MsgtrkText.Rows(10, 5));
        var second = await store.ImportAsync();

        Assert.Equal(5, second.Rows);
        Assert.Equal(15, await store.CountAsync());
        Assert.Equal(0, await store.DuplicatesAsync());
        Assert.Equal(20, await store.ScalarAsync("SELECT max(source_line) FROM events"));
    }

    [Fact]
    public async Task Import_HalfWrittenLastLine_WaitsForTheRestOfIt()
    {
        await using var store = new TempStore();
        string log = store.LogPath("MSGTRK2024030108-1.LOG");
        string lastRow = MsgtrkText.Rows(3, 1);
        MsgtrkText.Write(log, MsgtrkText.File(0, 3) + lastRow[..40]);

        var first = await store.ImportAsync();
        MsgtrkText.Append(log, lastRow[40..]);
        var second = await store.ImportAsync();

        Assert.Equal(3, first.Rows);
        Assert.Equal(1, second.Rows);
        Assert.Equal(1, await store.ScalarAsync("SELECT count(*) FROM events WHERE message_id = '<m3@example.com>'"));
    }

    [Fact]
    public async Task Import_TruncatedFile_IsReadAgainFromTheStart()
    {
        await using var store = new TempStore();
        string log = store.LogPath("MSGTRK2024030108-1.LOG");
        MsgtrkText.Write(log, MsgtrkText.File(0, 20));
        await store.ImportAsync();

        // Same inode, shorter than the checkpoint.
        using (var stream = new FileStream(log, FileMode.Open, FileAccess.Write))
        {
            stream.SetLength(new FileInfo(log).Length / 2);
        }
        MsgtrkText.Write(log, MsgtrkText.File(100, 3));
        var second = await store.ImportAsync();

        Assert.Equal(3, second.Rows);
        Assert.Equal(3, await store.ScalarAsync("SELECT count(*) FROM events WHERE message_id IN ('<m100@example.com>', '<m101@example.com>', '<m102@example.com>')"));
    }

    [Fact]
    public async Task Import_RotatedFileUnderSameName_IsReadFromTheStart()
    {
        await using var store = new TempStore();
        string log = store.LogPath("MSGTRK.LOG");
        MsgtrkText.Write(log, MsgtrkText.File(0, 20));
        await store.ImportAsync();

        File.Move(log, store.LogPath("archive.old"));
        MsgtrkText.Write(log, MsgtrkText.File(500, 25));
        var second = await store.ImportAsync();

        // The new file is new rows; the archived one is the old file renamed, already imported.
        Assert.Equal(25, second.Rows);
        Assert.Equal(45, await store.CountAsync());
        // (file, line) legitimately repeats across a rotation; every message id is logged once here.
        Assert.Equal(45, await store.ScalarAsync("SELECT count(DISTINCT message_id) FROM events"));
    }

    [Fact]
    public async Task Import_RenamedFile_ContinuesFromItsOffset()
    {
        await using var store = new TempStore();
        string log = store.LogPath("MSGTRK2024030108-1.LOG");
        MsgtrkText.Write(log, MsgtrkText.File(0, 10));
        await store.ImportAsync();

        string renamed = store.LogPath("MSGTRK2024030108-1.LOG.done");
        File.Move(log, renamed);
        MsgtrkText.Append(renamed, MsgtrkText.Rows(10, 4));
        var second = await store.ImportAsync();
        var third = await store.ImportAsync();

        Assert.Equal(4, second.Rows);
        Assert.Equal(0, third.Rows);
        Assert.Equal(14, await store.CountAsync());
        Assert.Equal(4, await store.ScalarAsync($"SELECT count(*) FROM events WHERE source_file = '{renamed}'"));
    }

    [Fact]
    public async Task Import_SmallBatchesAndWindows_CommitManyPartitionsWithTheSameRows()
    {
        await using var store = new TempStore(new MailWarden.Importing.Store.DuckDb.DuckDbStoreOptions { CompactionMinPartitions = 1_000 });
        MsgtrkText.Write(store.LogPath("a.LOG"), MsgtrkText.File(0, 1_000));
        MsgtrkText.Write(store.LogPath("b.LOG"), MsgtrkText.File(1_000, 777, server: "EXCH02"));
        var importer = new TrackingImporter(store.Store, new ImportOptions { BatchRows = 100 }) { WindowBytes = 4_096 };

        var summary = await importer.ImportAsync([store.Logs]);

        Assert.Equal(1_777, summary.Rows);
        Assert.Equal(1_777, await store.CountAsync());
        Assert.Equal(0, await store.DuplicatesAsync());
        Assert.True(store.PartitionFiles().Length >= 10, $"{store.PartitionFiles().Length} partitions");
        Assert.Equal(1_777, await store.ScalarAsync("SELECT count(DISTINCT seq) FROM events"));
    }
}
