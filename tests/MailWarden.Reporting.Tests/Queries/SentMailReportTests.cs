using MailWarden.Core.Tracking;
using MailWarden.Reporting.Definitions;
using MailWarden.Reporting.Queries;
using MailWarden.Reporting.Tests.Fixtures;
using static MailWarden.Reporting.Tests.Fixtures.ReportTesting;

namespace MailWarden.Reporting.Tests.Queries;

/// <summary>Reports on sent mail: the table in <see cref="TrafficFixture"/> is the arithmetic's source.</summary>
public sealed class SentMailReportTests
{
    [Fact]
    public async Task TopSendersByCount_Window_CountsEachMessageOnceByItsEarliestReceive()
    {
        var rows = await TrafficAsync("top-senders-by-count", Window);

        // bob: M3 0 + M4 10239 + M10 102400 = 112639; alice: M1 10240 + M2 51200 = 61440 (M1's EX2 receive of
        // 10300 bytes is not counted, nor M9 at the end); carol, dave, eve tie at 1 and go by key.
        Assert.Equal(
            [
                ("bob@corp.example", 3L, 112639L),
                ("alice@corp.example", 2L, 61440L),
                ("carol@corp.example", 1L, 1048600L),
                ("dave@corp.example", 1L, 5242880L),
                ("eve@partner.example", 1L, 10485760L),
            ],
            rows);
    }

    [Fact]
    public async Task TopSendersBySize_Window_OrdersByBytes()
    {
        var rows = await TrafficAsync("top-senders-by-size", Window);

        Assert.Equal(
            [
                ("eve@partner.example", 1L, 10485760L),
                ("dave@corp.example", 1L, 5242880L),
                ("carol@corp.example", 1L, 1048600L),
                ("bob@corp.example", 3L, 112639L),
                ("alice@corp.example", 2L, 61440L),
            ],
            rows);
    }

    [Fact]
    public async Task TopSendersByRecipients_Window_SumsRecipientCounts()
    {
        var rows = await TrafficAsync("top-senders-by-recipients", Window);

        // alice: M1 2 + M2 1 = 3; bob: M3 1 + M4 1 + M10 1 = 3 (tie: alice first); dave: M6 2; carol 1; eve 1.
        Assert.Equal(
            [
                ("alice@corp.example", 3L, 61440L),
                ("bob@corp.example", 3L, 112639L),
                ("dave@corp.example", 2L, 5242880L),
                ("carol@corp.example", 1L, 1048600L),
                ("eve@partner.example", 1L, 10485760L),
            ],
            rows);
    }

    [Fact]
    public async Task CountByClientIp_Window_LeavesOutMailWithoutClientIp()
    {
        var rows = await TrafficAsync("count-by-client-ip", Window);

        // 198.51.100.7: M3 0 + M4 10239 + M10 102400 + M8 10485760 = 10598399
        // 192.0.2.10: M1 10240 + M6 5242880 = 5253120 (M2 has no client IP; M1's EX2 receive from 10.0.0.1 is not the earliest)
        // 192.0.2.99: M5 at EX1 (its EDGE1 receive from 203.0.113.5 is before the window)
        Assert.Equal(
            [
                ("198.51.100.7", 4L, 10598399L),
                ("192.0.2.10", 2L, 5253120L),
                ("192.0.2.99", 1L, 1048600L),
            ],
            rows);
    }

    [Fact]
    public async Task SizeByClientIp_Window_OrdersByBytes()
    {
        var rows = await TrafficAsync("size-by-client-ip", Window);

        Assert.Equal(
            [
                ("198.51.100.7", 4L, 10598399L),
                ("192.0.2.10", 2L, 5253120L),
                ("192.0.2.99", 1L, 1048600L),
            ],
            rows);
    }

    [Fact]
    public async Task CountByServer_Window_BreaksTheTieByServerName()
    {
        var rows = await TrafficAsync("count-by-server", Window);

        // EX1: M1 10240 + M2 51200 + M5 1048600 + M4 10239 = 1120279
        // EX2: M3 0 + M10 102400 + M6 5242880 + M8 10485760 = 15831040
        Assert.Equal(
            [
                (TrafficFixture.Ex1, 4L, 1120279L),
                (TrafficFixture.Ex2, 4L, 15831040L),
            ],
            rows);
    }

    [Fact]
    public async Task CountByServer_NoWindow_CountsTheEarliestReceiveOfAllTime()
    {
        var rows = await TrafficAsync("count-by-server", new());

        // M5 now counts at EDGE1 (1048576 bytes); M9 joins EX1: 10240 + 51200 + 10239 + 100 = 71779.
        Assert.Equal(
            [
                (TrafficFixture.Ex1, 4L, 71779L),
                (TrafficFixture.Ex2, 4L, 15831040L),
                (TrafficFixture.Edge1, 1L, 1048576L),
            ],
            rows);
    }

    [Fact]
    public async Task CountBySubject_Window_TrimsSubjectsAndKeepsTheEmptyOne()
    {
        var rows = await TrafficAsync("count-by-subject", Window);

        // "Quarterly report": M1 ("  Quarterly report ") 10240 + M2 51200 + M10 102400 = 163840
        // "Lunch": M4 10239 + M6 ("Lunch ") 5242880 = 5253119
        // ties at 1, ordinal: "" < "</td>..." ('<' is U+003C) < "Big" ('B' is U+0042)
        Assert.Equal(
            [
                ("Quarterly report", 3L, 163840L),
                ("Lunch", 2L, 5253119L),
                ("", 1L, 0L),
                (TrafficFixture.HostileSubject, 1L, 1048600L),
                ("Big", 1L, 10485760L),
            ],
            rows);
    }

    [Fact]
    public async Task SizeBySubject_Window_OrdersByBytes()
    {
        var rows = await TrafficAsync("size-by-subject", Window);

        Assert.Equal(
            [
                ("Big", 1L, 10485760L),
                ("Lunch", 2L, 5253119L),
                (TrafficFixture.HostileSubject, 1L, 1048600L),
                ("Quarterly report", 3L, 163840L),
                ("", 1L, 0L),
            ],
            rows);
    }

    [Fact]
    public async Task CountBySizeRange_Window_PutsEachBoundaryInTheBucketItStarts()
    {
        var rows = await TrafficAsync("count-by-size-range", Window);

        // 0 and 10239 < 10240 = 10KB; 10240 = 10KB; 51200 = 50KB; 102400 = 100KB; 1048600 >= 1MB (1048576);
        // 5242880 = 5MB; 10485760 = 10MB.
        Assert.Equal(
            [
                ("[0,10KB)", 2L, 10239L),
                ("[10KB,50KB)", 1L, 10240L),
                ("[50KB,100KB)", 1L, 51200L),
                ("[100KB,1MB)", 1L, 102400L),
                ("[1MB,5MB)", 1L, 1048600L),
                ("[5MB,10MB)", 1L, 5242880L),
                ("[10MB,inf)", 1L, 10485760L),
            ],
            rows);
    }

    [Fact]
    public async Task CountByCustomSizeRange_Window_ListsEmptyBucketsToo()
    {
        var rows = await TrafficAsync("count-by-custom-size-range", Window with { Ranges = "0, 1kb, 1MB, 100MB" });

        // [0,1KB): M3 0; [1KB,1MB): 10239 + 10240 + 51200 + 102400 = 174079;
        // [1MB,100MB): 1048600 + 5242880 + 10485760 = 16777240; [100MB,inf): nothing.
        Assert.Equal(
            [
                ("[0,1KB)", 1L, 0L),
                ("[1KB,1MB)", 4L, 174079L),
                ("[1MB,100MB)", 3L, 16777240L),
                ("[100MB,inf)", 0L, 0L),
            ],
            rows);
    }

    [Fact]
    public async Task TopSendersByCount_Top2_KeepsTheFirstTwo()
    {
        var rows = await TrafficAsync("top-senders-by-count", Window with { Top = "2" });

        Assert.Equal([("bob@corp.example", 3L, 112639L), ("alice@corp.example", 2L, 61440L)], rows);
    }

    [Fact]
    public async Task CountByServer_TwoReceivesInTheSameMicrosecond_TheFirstImportedWins()
    {
        var at = new DateTime(2024, 3, 4, 9, 0, 0, DateTimeKind.Utc);
        TrackingEvent Receive(string server, long size) => new()
        {
            Timestamp = at, EventId = "RECEIVE", Source = "SMTP", MessageId = "<same@corp.example>", ServerHostname = server, TotalBytes = size,
        };
        // seq 1 is EX2, seq 2 is EX1: the tie goes by seq, not by server name.
        await using var connection = await EventTable.OpenAsync([Receive("EX2.corp.example", 200), Receive("EX1.corp.example", 100)]);

        var result = await ReportRunner.DuckDb.RunAsync(connection, ReportRequestParser.Parse("count-by-server", new()));

        var row = Assert.Single(result.Rows);
        Assert.Equal(["EX2.corp.example", 1L, 200L], row.Values);
    }
}
