using MailWarden.Reporting.Results;
using MailWarden.Reporting.Tests.Fixtures;
using static MailWarden.Reporting.Tests.Fixtures.ReportTesting;

namespace MailWarden.Reporting.Tests.Queries;

/// <summary><c>events</c> (newest first) and <c>track</c> (a message's whole path, oldest first).</summary>
public sealed class EventsAndTrackReportTests
{
    [Fact]
    public async Task Events_EventIdDeliver_ListsEveryDeliverNewestFirst()
    {
        var result = await RunAsync("events", Window with { EventId = "Deliver" });

        // e21 03-05 12:00:01, e14 08:30:03, e10 08:00:01, e8 03-04 10:00:02, e6 09:00:05, e5 09:00:04, e18 00:00:02.
        Assert.Equal(
            ["2024-03-05T12:00:01.000Z", "2024-03-05T08:30:03.000Z", "2024-03-05T08:00:01.000Z", "2024-03-04T10:00:02.000Z",
             "2024-03-04T09:00:05.000Z", "2024-03-04T09:00:04.000Z", "2024-03-04T00:00:02.000Z"],
            Column(result, "date-time"));
        Assert.All(Column(result, "event-id"), id => Assert.Equal("DELIVER", id));
    }

    [Fact]
    public async Task Events_NoFilter_ListsEveryRow()
    {
        var result = await RunAsync("events", new());

        Assert.Equal(TrafficFixture.Events.Count, result.Rows.Count);
    }

    [Fact]
    public async Task Events_SameSecond_NewestSeqFirst()
    {
        var result = await RunAsync("events", new() { MessageId = "<m6@corp.example>" });

        // e20 EXPAND and e21 DELIVER share 12:00:01; e21 came later.
        Assert.Equal(["SEND", "DELIVER", "EXPAND", "RECEIVE"], Column(result, "event-id"));
    }

    [Fact]
    public async Task Events_Top_LimitsRows()
    {
        var result = await RunAsync("events", new() { Top = "3" });

        // The three newest: e27 03-06 00:00:01, e26 03-06 00:00:00, e25 03-05 23:59:59.
        Assert.Equal(["DELIVER", "RECEIVE", "RECEIVE"], Column(result, "event-id"));
        Assert.Equal("<m9@corp.example>", Column(result, "message-id")[0]);
    }

    [Fact]
    public async Task Events_Columns_AreTheLogFieldNamesAndTypedValues()
    {
        var result = await RunAsync("events", new() { EventId = "AGENTINFO" });

        var row = Assert.Single(result.Rows);
        Assert.Equal(new DateTime(2024, 3, 4, 9, 0, 1, DateTimeKind.Utc), row[result.IndexOf("date-time")]);
        Assert.Equal(DateTimeKind.Utc, ((DateTime)row[result.IndexOf("date-time")]!).Kind);
        Assert.Equal(10240L, row[result.IndexOf("total-bytes")]);
        Assert.Null(row[result.IndexOf("client-ip")]);
        Assert.Equal([new KeyValuePair<string, string>("x-agent-note", "scanned, clean")],
            (IReadOnlyList<KeyValuePair<string, string>>)row[result.IndexOf("extra-fields")]!);
        Assert.True(result.Columns[result.IndexOf("total-bytes")].IsNumeric);
    }

    [Fact]
    public async Task Track_MessageId_FollowsTheMessageAcrossServersOldestFirst()
    {
        var result = await RunAsync("track", new() { MessageId = "m1@corp.example" });

        Assert.Equal(["RECEIVE", "AGENTINFO", "SEND", "RECEIVE", "DELIVER", "DELIVER"], Column(result, "event-id"));
        Assert.Equal([TrafficFixture.Ex1, TrafficFixture.Ex1, TrafficFixture.Ex1, TrafficFixture.Ex2, TrafficFixture.Ex2, TrafficFixture.Ex2],
            Column(result, "server-hostname"));
        Assert.Equal("250 2.1.5 OK;250 2.1.5 OK", Column(result, "recipient-status")[4]);
    }

    [Fact]
    public async Task Track_MessageKeyOfMailWithoutMessageId_FindsOnlyThatServersMessage()
    {
        var result = await RunAsync("track", new() { MessageId = "42@EX2.corp.example" });

        Assert.Equal(["RECEIVE", "DELIVER"], Column(result, "event-id"));
        Assert.All(Column(result, "server-hostname"), s => Assert.Equal(TrafficFixture.Ex2, s));
    }

    [Fact]
    public async Task Track_RecipientAndStart_ShowsTheWholePathOfMatchingMessages()
    {
        // dave is a recipient on 03-05 only in M4 (e12-e14); M4's RECEIVE (e11, to All@) belongs to its path.
        var result = await RunAsync("track", new() { Recipients = "dave@corp.example", Start = "2024-03-05" });

        Assert.Equal(["RECEIVE", "EXPAND", "EXPAND", "DELIVER"], Column(result, "event-id"));
    }

    [Fact]
    public async Task Track_SameSecond_OlderSeqFirst()
    {
        var result = await RunAsync("track", new() { MessageId = "<m6@corp.example>" });

        Assert.Equal(["RECEIVE", "EXPAND", "DELIVER", "SEND"], Column(result, "event-id"));
    }

    [Fact]
    public async Task Track_TableColumns_AreTimeServerSourceEventMessageIdRecipientsStatusInLogOrder()
    {
        var result = await RunAsync("track", new() { MessageId = "m1@corp.example" });

        Assert.Equal(
            ["date-time", "server-hostname", "source", "event-id", "message-id", "recipient-address", "recipient-status"],
            result.Columns.Where(c => !c.IsDetail).Select(c => c.Name));
    }

    private static List<string?> Column(ReportResult result, string name)
    {
        var index = result.IndexOf(name);
        var column = result.Columns[index];
        return [.. result.Rows.Select(r => r[index] is null ? null : MailWarden.Reporting.Export.ReportValueText.Format(column, r[index]))];
    }
}
