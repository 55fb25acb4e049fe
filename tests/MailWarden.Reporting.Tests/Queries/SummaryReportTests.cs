using static MailWarden.Reporting.Tests.Fixtures.ReportTesting;

namespace MailWarden.Reporting.Tests.Queries;

/// <summary><c>--by day|hour|weekday</c>: the top N within each period, periods in time order (UTC).</summary>
public sealed class SummaryReportTests
{
    [Fact]
    public async Task TopSendersByCount_ByDay_RanksWithinEachDay()
    {
        var rows = await SummaryAsync("top-senders-by-count", Window with { By = "day" });

        // 03-04: alice M1 + M2 = 2 (61440), carol M5 (00:00:00, the inclusive start); 03-05: bob 3, dave, eve.
        Assert.Equal(
            [
                ("2024-03-04", "alice@corp.example", 2L, 61440L),
                ("2024-03-04", "carol@corp.example", 1L, 1048600L),
                ("2024-03-05", "bob@corp.example", 3L, 112639L),
                ("2024-03-05", "dave@corp.example", 1L, 5242880L),
                ("2024-03-05", "eve@partner.example", 1L, 10485760L),
            ],
            rows);
    }

    [Fact]
    public async Task TopSendersByCount_ByWeekday_NamesTheDays()
    {
        var rows = await SummaryAsync("top-senders-by-count", Window with { By = "WeekDay", Top = "1" });

        Assert.Equal(
            [
                ("Monday", "alice@corp.example", 2L, 61440L),
                ("Tuesday", "bob@corp.example", 3L, 112639L),
            ],
            rows);
    }

    [Fact]
    public async Task CountByServer_ByHourTop1_KeepsTheFirstKeyOfEachHour()
    {
        var rows = await SummaryAsync("count-by-server", Window with { By = "hour", Top = "1" });

        // 08: EX1 (M4 10239) ties EX2 (M3 0); 09: EX1 (M1 10240) ties EX2 (M10 102400): EX1 wins by name.
        Assert.Equal(
            [
                ("00", "EX1.corp.example", 1L, 1048600L),
                ("08", "EX1.corp.example", 1L, 10239L),
                ("09", "EX1.corp.example", 1L, 10240L),
                ("10", "EX1.corp.example", 1L, 51200L),
                ("12", "EX2.corp.example", 1L, 5242880L),
                ("23", "EX2.corp.example", 1L, 10485760L),
            ],
            rows);
    }

    [Fact]
    public async Task CountBySizeRange_ByDay_ListsEveryBucketOfEachDay()
    {
        var rows = await SummaryAsync("count-by-size-range", Window with { By = "day" });

        Assert.Equal(
            [
                ("2024-03-04", "[0,10KB)", 0L, 0L),
                ("2024-03-04", "[10KB,50KB)", 1L, 10240L),
                ("2024-03-04", "[50KB,100KB)", 1L, 51200L),
                ("2024-03-04", "[100KB,1MB)", 0L, 0L),
                ("2024-03-04", "[1MB,5MB)", 1L, 1048600L),
                ("2024-03-04", "[5MB,10MB)", 0L, 0L),
                ("2024-03-04", "[10MB,inf)", 0L, 0L),
                ("2024-03-05", "[0,10KB)", 2L, 10239L),
                ("2024-03-05", "[10KB,50KB)", 0L, 0L),
                ("2024-03-05", "[50KB,100KB)", 0L, 0L),
                ("2024-03-05", "[100KB,1MB)", 1L, 102400L),
                ("2024-03-05", "[1MB,5MB)", 0L, 0L),
                ("2024-03-05", "[5MB,10MB)", 1L, 5242880L),
                ("2024-03-05", "[10MB,inf)", 1L, 10485760L),
            ],
            rows);
    }

    [Fact]
    public async Task TopGroupsByCount_ByDayWithOffset_UsesUtcDays()
    {
        // 2024-03-05T02:00+02:00 is 2024-03-05T00:00Z: only Tuesday's group mail (M4 at 08:30, M6 at 12:00).
        var rows = await SummaryAsync("top-groups-by-count", Window with { Start = "2024-03-05T02:00:00+02:00", By = "day" });

        Assert.Equal([("2024-03-05", "all@corp.example", 2L, 5253119L)], rows);
    }
}
