using MailWarden.IntegrationTests.Infrastructure;

namespace MailWarden.IntegrationTests;

/// <summary>What an administrator sees before anything is imported: help, and clear errors for wrong input.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public async Task Help_Root_ListsEveryCommand()
    {
        var help = await CliProcess.RunAsync(["--help"]);

        Assert.Equal(0, help.ExitCode);
        foreach (var command in new[] { "serve", "import", "report", "track" })
        {
            Assert.Contains($"  {command}", help.StandardOutput, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("serve")]
    [InlineData("import")]
    [InlineData("track")]
    [InlineData("report")]
    [InlineData("report", "events")]
    [InlineData("report", "count-by-custom-size-range")]
    public async Task Help_Command_DescribesItsOptions(params string[] command)
    {
        var help = await CliProcess.RunAsync([.. command, "--help"]);

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("Usage:", help.StandardOutput, StringComparison.Ordinal);
        Assert.Contains($"mailwarden {string.Join(' ', command)}", help.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportHelp_ListsEveryReportOfTheContract()
    {
        var help = await CliProcess.RunAsync(["report", "--help"]);

        foreach (var report in new[]
                 {
                     "events", "top-senders-by-count", "top-senders-by-size", "top-senders-by-recipients",
                     "top-senders-to-groups-by-count", "top-senders-to-groups-by-size", "top-recipients-by-count",
                     "top-recipients-by-size", "top-groups-by-count", "top-groups-by-size", "count-by-client-ip",
                     "count-by-server", "count-by-subject", "count-by-size-range", "count-by-custom-size-range",
                     "size-by-client-ip", "size-by-subject",
                 })
        {
            Assert.Contains($"  {report} ", help.StandardOutput, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Report_NoStoreYet_SaysToImportFirst()
    {
        using var temp = new TempFolder();

        var report = await CliProcess.RunAsync(["report", "count-by-server", "--data", temp.Path]);

        Assert.Equal(2, report.ExitCode);
        Assert.Contains("No tracking store at", report.StandardError, StringComparison.Ordinal);
        Assert.Contains("mailwarden import", report.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_BadOptions_NamesEveryOneAtOnce()
    {
        using var temp = new TempFolder();
        LogFiles.Write(temp.Combine("MSGTRK2026110208-1.LOG"), first: 1, count: 2);
        await CliProcess.RunAsync(["import", temp.Combine("MSGTRK2026110208-1.LOG"), "--data", temp.Path]);

        var report = await CliProcess.RunAsync(["report", "count-by-custom-size-range", "--data", temp.Path, "--start", "yesterday", "--ranges", "0,10XB"]);

        Assert.Equal(2, report.ExitCode);
        Assert.Contains("--start", report.StandardError, StringComparison.Ordinal);
        Assert.Contains("--ranges", report.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_BadSetting_StopsAtStartNamingIt()
    {
        using var temp = new TempFolder();

        var serve = await CliProcess.RunAsync(
            ["serve", "--data", temp.Path, "--Import:BatchRows=5", "--Import:Cron=not a cron"], timeout: TimeSpan.FromMinutes(2));

        Assert.Equal(2, serve.ExitCode);
        Assert.Contains("Import:BatchRows", serve.StandardError, StringComparison.Ordinal);
        Assert.Contains("Import:Cron", serve.StandardError, StringComparison.Ordinal);
    }
}
