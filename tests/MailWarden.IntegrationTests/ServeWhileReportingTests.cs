using System.Diagnostics;
using System.Text.Json;
using MailWarden.IntegrationTests.Infrastructure;

namespace MailWarden.IntegrationTests;

/// <summary>
/// <c>serve</c> imports on its schedule while <c>report</c> and <c>track</c> read the same store from other
/// processes: DuckDB lets one process write a file, so this pins the design that lets both work at once.
/// </summary>
public sealed class ServeWhileReportingTests
{
    [Fact]
    public async Task Serve_ImportingAppendedLogs_ReportsAndTrackRunMeanwhileAndSeeEveryRow()
    {
        using var temp = new TempFolder();
        var data = temp.Combine("data");
        var log = Path.Combine(data, "msgtrk", "EX01", "MSGTRK2026110208-1.LOG");
        LogFiles.Write(log, first: 0, count: 2_000);
        await using var serve = CliProcess.Start(["serve", "--data", data, "--Import:Interval=00:00:01", "--Import:BatchRows=1000"]);
        var written = 2_000;
        var reportRuns = 0;
        var stopwatch = Stopwatch.StartNew();
        long seen = 0;
        while (stopwatch.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (written < 20_000)
            {
                LogFiles.Append(log, first: written, count: 3_000);
                written += 3_000;
            }
            var report = await CliProcess.RunAsync(["report", "count-by-server", "--data", data, "--format", "json"]);
            var track = await CliProcess.RunAsync(["track", "--data", data, "--message-id", "<m1@example.org>", "--format", "json"]);
            Assert.False(serve.HasExited, "serve stopped: " + serve.Output);
            if (report.ExitCode == 2 && report.StandardError.Contains("No tracking store", StringComparison.Ordinal))
            {
                await Task.Delay(200); // serve has not made the store yet
                continue;
            }
            Assert.True(report.ExitCode == 0, report.ToString());
            Assert.True(track.ExitCode == 0, track.ToString());
            reportRuns++;
            using var json = JsonDocument.Parse(report.StandardOutput);
            seen = json.RootElement.EnumerateArray().Sum(row => row.GetProperty("count").GetInt64());
            if (written >= 20_000 && seen == written)
            {
                break;
            }
        }

        Assert.Equal(20_000, seen);
        Assert.True(reportRuns >= 3, $"only {reportRuns} report runs overlapped the imports");
    }
}
