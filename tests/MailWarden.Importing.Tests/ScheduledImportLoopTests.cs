using MailWarden.Importing.Tests.Support;

namespace MailWarden.Importing.Tests;

public sealed class ScheduledImportLoopTests
{
    [Fact]
    public async Task RunAsync_NewRowsBetweenRuns_ImportsThemOnTheNextRun()
    {
        await using var store = new TempStore();
        string log = store.LogPath("MSGTRK.LOG");
        MsgtrkText.Write(log, MsgtrkText.File(0, 5));
        var summaries = new List<ImportSummary>();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var secondRun = new TaskCompletionSource();

        var loop = ScheduledImportLoop.RunAsync(store.Importer(), [store.Logs], ImportSchedule.Every(TimeSpan.FromMilliseconds(50)), summary =>
        {
            lock (summaries)
            {
                summaries.Add(summary);
                if (summaries.Count == 1)
                {
                    MsgtrkText.Append(log, MsgtrkText.Rows(5, 3));
                }
                if (summaries.Sum(s => s.Rows) == 8)
                {
                    secondRun.TrySetResult();
                }
            }
        }, cancellationToken: stop.Token);
        await secondRun.Task.WaitAsync(stop.Token);
        await stop.CancelAsync();
        await loop;

        Assert.Equal(5, summaries[0].Rows);
        Assert.Equal(8, await store.CountAsync());
    }
}
