using System.Text.Json;
using MailWarden.IntegrationTests.Infrastructure;

namespace MailWarden.IntegrationTests;

/// <summary><c>./mailwarden import</c> from a fresh store, as an administrator runs it.</summary>
public sealed class ImportCommandTests
{
    [Fact]
    public async Task Import_SharedSamples_ImportsEveryRowThenNothingOnSecondRun()
    {
        using var temp = new TempFolder();
        var samples = Path.Combine(RepositoryPaths.SharedData, "msgtrk");

        var first = await CliProcess.RunAsync(["import", samples, "--data", temp.Path]);
        var second = await CliProcess.RunAsync(["import", samples, "--data", temp.Path]);

        // 2 rows (Exchange 2010) + 2 (2013) + 6 (2016/2019) + 3 (Exchange Online, two files): see ../shared/data/README.md.
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains(" 13 rows, 0 rejected", first.StandardOutput, StringComparison.Ordinal);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("0 files, 0 rows", second.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_FileThatIsNotATrackingLog_IsRefusedByNameAndTheRestImports()
    {
        using var temp = new TempFolder();
        var notALog = temp.Combine("notes.txt");
        await File.WriteAllTextAsync(notALog, "Dear admin,\nthis is not a tracking log.\n");
        var log = temp.Combine("logs", "MSGTRK2026110208-1.LOG");
        LogFiles.Write(log, first: 1, count: 5);

        var result = await CliProcess.RunAsync(["import", notALog, log, "--data", temp.Combine("data")]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("notes.txt: it is not a message tracking log", result.StandardError, StringComparison.Ordinal);
        Assert.Contains(" 5 rows", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MalformedRow_IsReportedWithFileAndLineAndSkipped()
    {
        using var temp = new TempFolder();
        var log = temp.Combine("MSGTRK2026110208-1.LOG");
        LogFiles.Write(log, first: 1, count: 3);
        var lines = (await File.ReadAllLinesAsync(log)).ToList();
        lines[6] = "not-a-date" + lines[6][lines[6].IndexOf(',', StringComparison.Ordinal)..]; // line 7: the second row
        await File.WriteAllLinesAsync(log, lines);

        var result = await CliProcess.RunAsync(["import", log, "--data", temp.Combine("data")]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(" 2 rows, 1 rejected", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("MSGTRK2026110208-1.LOG:7", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("date-time", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_KilledMidway_RerunLeavesEveryRowExactlyOnce()
    {
        using var temp = new TempFolder();
        const int files = 6, rowsPerFile = 40_000;
        for (var f = 0; f < files; f++)
        {
            LogFiles.Write(temp.Combine("logs", $"EX0{f}", $"MSGTRK20261102{f:00}-1.LOG"), first: f * rowsPerFile, count: rowsPerFile, server: $"EX0{f}");
        }
        var data = temp.Combine("data");
        var partitions = Path.Combine(data, "mailwarden.duckdb.events");

        // Small batches make many commits; kill the import once the first is on disk, mid-run.
        await using (var import = CliProcess.Start(["import", temp.Combine("logs"), "--data", data, "--batch-rows", "1000"]))
        {
            var deadline = DateTime.UtcNow.AddMinutes(3);
            while (!import.HasExited && DateTime.UtcNow < deadline &&
                   !(Directory.Exists(partitions) && Directory.EnumerateFiles(partitions, "*.parquet").Skip(2).Any()))
            {
                await Task.Delay(20);
            }
            Assert.False(import.HasExited, "the import ended before it could be killed: " + import.Output);
            await import.KillAsync(); // SIGKILL: no cleanup, as a power cut or kill -9
        }

        var rerun = await CliProcess.RunAsync(["import", temp.Combine("logs"), "--data", data]);
        var events = await CliProcess.RunAsync(["report", "events", "--data", data, "--format", "json", "--output", temp.Combine("events.json")]);

        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.True(events.ExitCode == 0, events.ToString());
        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(temp.Combine("events.json")));
        var logIds = json.RootElement.EnumerateArray().Select(e => e.GetProperty("log-id").GetString()).ToList();
        Assert.Equal(files * rowsPerFile, logIds.Count);
        Assert.Equal(files * rowsPerFile, logIds.Distinct().Count());
    }
}
