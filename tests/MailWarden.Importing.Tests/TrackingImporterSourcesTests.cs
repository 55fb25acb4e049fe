using MailWarden.Importing.Tests.Support;

namespace MailWarden.Importing.Tests;

public sealed class TrackingImporterSourcesTests
{
    [Fact]
    public async Task Import_FolderWithAFileThatIsNotALog_SkipsAndCountsIt()
    {
        await using var store = new TempStore();
        MsgtrkText.Write(store.LogPath("MSGTRK2024030108-1.LOG"), MsgtrkText.File(0, 5));
        File.WriteAllText(store.LogPath("notes.txt"), "shopping list\r\nmilk\r\n");

        var summary = await store.ImportAsync();

        Assert.Equal(5, summary.Rows);
        Assert.Equal(1, summary.SkippedFiles);
        Assert.False(summary.HasFileErrors);
    }

    [Fact]
    public async Task Import_ExplicitFileThatIsNotALog_IsRefusedAndTheRestImports()
    {
        await using var store = new TempStore();
        string log = store.LogPath("MSGTRK2024030108-1.LOG");
        MsgtrkText.Write(log, MsgtrkText.File(0, 5));
        string notes = store.LogPath("notes.txt");
        File.WriteAllText(notes, "shopping list\r\nmilk\r\n");

        var summary = await store.Importer().ImportAsync([notes, log]);

        Assert.Equal(5, summary.Rows);
        Assert.True(summary.HasFileErrors);
        Assert.Contains(summary.Problems, p => p.Contains(notes, StringComparison.Ordinal) && p.Contains("not a message tracking log", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_MalformedRow_IsRejectedWithFileAndLineAndTheRestImports()
    {
        await using var store = new TempStore();
        string log = store.LogPath("MSGTRK2024030108-1.LOG");
        MsgtrkText.Write(log, MsgtrkText.File(0, 2) + "not-a-date,1.2.3.4,,,,,,SMTP,RECEIVE\r\n" + MsgtrkText.Rows(2, 2));

        var summary = await store.ImportAsync();

        Assert.Equal(4, summary.Rows);
        Assert.Equal(1, summary.Rejected);
        Assert.Contains(summary.Problems, p => p.StartsWith($"{log}:8:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_MissingPath_IsReportedAndTheRestImports()
    {
        await using var store = new TempStore();
        MsgtrkText.Write(store.LogPath("MSGTRK2024030108-1.LOG"), MsgtrkText.File(0, 3));
        string missing = Path.Combine(store.Root, "nowhere");

        var summary = await store.Importer().ImportAsync([missing, store.Logs]);

        Assert.Equal(3, summary.Rows);
        Assert.Contains(summary.Problems, p => p.Contains(missing, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_SharedExchangeSamples_AllRowsArrive()
    {
        await using var store = new TempStore();
        string samples = Path.Combine(SharedData.Directory, "msgtrk");
        string[] folders = [Path.Combine(samples, "exchange-2010"), Path.Combine(samples, "exchange-2013"), Path.Combine(samples, "exchange-2016-2019")];

        var summary = await store.Importer().ImportAsync(folders);

        Assert.Equal(3, summary.Files);
        Assert.False(summary.HasFileErrors);
        Assert.Equal(summary.Rows, await store.CountAsync());
        Assert.Equal(3, await store.ScalarAsync("SELECT count(DISTINCT source_file) FROM events"));
        Assert.Equal(0, await store.ScalarAsync("SELECT count(*) FROM events WHERE event_id IS NULL OR date_time IS NULL"));
    }
}
