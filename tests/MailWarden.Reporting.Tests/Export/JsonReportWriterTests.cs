using System.Text.Json;
using MailWarden.Reporting.Export;
using MailWarden.Reporting.Results;
using MailWarden.Reporting.Tests.Fixtures;
using static MailWarden.Reporting.Tests.Fixtures.ReportTesting;

namespace MailWarden.Reporting.Tests.Export;

public sealed class JsonReportWriterTests
{
    [Fact]
    public async Task Write_Traffic_IsAnArrayOfKeyCountBytes()
    {
        var result = await RunAsync("top-groups-by-count", Window);

        using var json = await WriteAsync(result);

        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(["key", "count", "bytes"], rows[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("all@corp.example", rows[0].GetProperty("key").GetString());
        Assert.Equal(2, rows[0].GetProperty("count").GetInt64());
        Assert.Equal(5253119, rows[0].GetProperty("bytes").GetInt64());
    }

    [Fact]
    public async Task Write_ByWeekday_HasPeriod()
    {
        var result = await RunAsync("top-groups-by-count", Window with { By = "weekday" });

        using var json = await WriteAsync(result);

        Assert.Equal(["Monday", "Tuesday"], json.RootElement.EnumerateArray().Select(r => r.GetProperty("period").GetString()));
    }

    [Fact]
    public async Task Write_Events_UsesLogFieldNamesAndMergesExtraFields()
    {
        var result = await RunAsync("events", new() { EventId = "AGENTINFO" });

        using var json = await WriteAsync(result);

        var row = Assert.Single(json.RootElement.EnumerateArray().ToList());
        Assert.Equal("2024-03-04T09:00:01.000Z", row.GetProperty("date-time").GetString());
        Assert.Equal("AGENTINFO", row.GetProperty("event-id").GetString());
        Assert.Equal(10240, row.GetProperty("total-bytes").GetInt64());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("client-ip").ValueKind);
        Assert.Equal("scanned, clean", row.GetProperty("x-agent-note").GetString());
        Assert.False(row.TryGetProperty("extra-fields", out _));
    }

    [Fact]
    public async Task Write_HostileSubject_RoundTripsAsText()
    {
        var result = Fixtures.Results.Subjects((TrafficFixture.HostileSubject, 1, 1), ("Grüße \"quoted\"", 2, 2));

        using var json = await WriteAsync(result);

        Assert.Equal([TrafficFixture.HostileSubject, "Grüße \"quoted\""], json.RootElement.EnumerateArray().Select(r => r.GetProperty("key").GetString()));
    }

    private static async Task<JsonDocument> WriteAsync(ReportResult result)
    {
        using var stream = new MemoryStream();
        await JsonReportWriter.WriteAsync(result, stream);
        return JsonDocument.Parse(stream.ToArray());
    }
}
