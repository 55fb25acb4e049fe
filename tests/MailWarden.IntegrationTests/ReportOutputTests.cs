using System.Text.Json;
using MailWarden.IntegrationTests.Infrastructure;

namespace MailWarden.IntegrationTests;

/// <summary><c>report</c> writes each format where asked, with the chart, from the real store.</summary>
public sealed class ReportOutputTests
{
    [Fact]
    public async Task Report_ToFilesInEveryFormat_WritesCsvJsonHtmlAndChart()
    {
        using var temp = new TempFolder();
        LogFiles.Write(temp.Combine("logs", "MSGTRK2026110208-1.LOG"), first: 0, count: 70);
        await CliProcess.RunAsync(["import", temp.Combine("logs"), "--data", temp.Path]);

        var csv = await CliProcess.RunAsync(["report", "top-senders-by-count", "--data", temp.Path, "--output", temp.Combine("top.csv")]);
        var json = await CliProcess.RunAsync(["report", "top-senders-by-count", "--data", temp.Path, "--format", "json", "--output", temp.Combine("top.json")]);
        var html = await CliProcess.RunAsync(["report", "top-senders-by-count", "--data", temp.Path, "--output", temp.Combine("top.html"), "--chart", temp.Combine("top.png")]);

        Assert.True(csv.ExitCode == 0 && json.ExitCode == 0 && html.ExitCode == 0, $"{csv}\n{json}\n{html}");
        // LogFiles: 70 messages from sender0..sender6 (number % 7), 10 each, sizes 1000 + number.
        var csvLines = await File.ReadAllLinesAsync(temp.Combine("top.csv"));
        Assert.Equal("key,count,bytes", csvLines[0]);
        Assert.Equal(8, csvLines.Length);
        Assert.Equal("sender0@example.org,10,10315", csvLines[1]); // 0,7,...,63: 10 x 1000 + 315
        using var document = JsonDocument.Parse(await File.ReadAllBytesAsync(temp.Combine("top.json")));
        Assert.Equal(7, document.RootElement.GetArrayLength());
        Assert.Equal(10, document.RootElement[6].GetProperty("count").GetInt64());
        var page = await File.ReadAllTextAsync(temp.Combine("top.html"));
        Assert.Contains("sender6@example.org", page, StringComparison.Ordinal);
        Assert.Contains("src=\"data:image/svg+xml;base64,", page, StringComparison.Ordinal); // the chart travels inside the page
        var png = await File.ReadAllBytesAsync(temp.Combine("top.png"));
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, png[..4]);
    }
}
