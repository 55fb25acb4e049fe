using MailWarden.Reporting.Definitions;

namespace MailWarden.Reporting.Tests.Definitions;

public sealed class ReportRequestParserTests
{
    [Theory]
    [InlineData("2024-03-04", "2024-03-04T00:00:00+00:00")]
    [InlineData("2024-03-04T10:15", "2024-03-04T10:15:00+00:00")]
    [InlineData("2024-03-04 10:15:30", "2024-03-04T10:15:30+00:00")]
    [InlineData("2024-03-04T10:15:30.25Z", "2024-03-04T10:15:30.25+00:00")]
    [InlineData("2024-03-04T10:15:30+02:00", "2024-03-04T08:15:30+00:00")]
    public void Parse_IsoStart_IsUtcUnlessAnOffsetIsGiven(string text, string expectedUtc)
    {
        var request = ReportRequestParser.Parse("events", new() { Start = text });

        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), request.Filter.Start);
        Assert.Equal(TimeSpan.Zero, request.Filter.Start!.Value.ToUniversalTime().Offset);
    }

    [Fact]
    public void Parse_SeveralBadOptions_ListsThemAll()
    {
        var error = Assert.Throws<ReportArgumentException>(() => ReportRequestParser.Parse(
            "top-senders-by-count", new() { Start = "03/04/2024", Top = "0", By = "month", Ranges = "0,1KB" }));

        Assert.Equal(4, error.Errors.Count);
        Assert.Contains(error.Errors, e => e.StartsWith("--start: '03/04/2024' is not an ISO 8601", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.StartsWith("--top: '0'", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.StartsWith("--by: 'month'", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.StartsWith("--ranges: only 'count-by-custom-size-range'", StringComparison.Ordinal));
    }

    [Fact]
    public void TryParse_UnknownReport_ListsTheReports()
    {
        Assert.False(ReportRequestParser.TryParse("top-talkers", new(), out var request, out var errors));

        Assert.Null(request);
        Assert.Contains("top-senders-by-count", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CustomSizeRangeWithoutRanges_AsksForThem()
    {
        var error = Assert.Throws<ReportArgumentException>(() => ReportRequestParser.Parse("count-by-custom-size-range", new()));

        Assert.StartsWith("--ranges: 'count-by-custom-size-range' needs its buckets", Assert.Single(error.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EndNotAfterStart_IsRefused()
    {
        var error = Assert.Throws<ReportArgumentException>(() => ReportRequestParser.Parse(
            "events", new() { Start = "2024-03-04T10:00:00+02:00", End = "2024-03-04T08:00:00Z" }));

        Assert.StartsWith("--end", Assert.Single(error.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ByOnEvents_IsRefused()
    {
        var error = Assert.Throws<ReportArgumentException>(() => ReportRequestParser.Parse("events", new() { By = "day" }));

        Assert.StartsWith("--by: 'events' lists events", Assert.Single(error.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TrackWithoutSelection_IsRefused()
    {
        Assert.False(ReportRequestParser.TryParse("track", new() { Server = "EX1" }, out _, out var errors));

        Assert.StartsWith("track: give --message-id", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Recipients_SplitsOnCommaAndSemicolon()
    {
        var request = ReportRequestParser.Parse("events", new() { Recipients = " a@x.example; b@x.example ,c@x.example " });

        Assert.Equal(["a@x.example", "b@x.example", "c@x.example"], request.Filter.Recipients);
    }

    [Theory]
    [InlineData("top-senders-by-count", null, 10)]
    [InlineData("top-senders-by-count", "3", 3)]
    [InlineData("events", null, null)]
    [InlineData("events", "5", 5)]
    [InlineData("count-by-size-range", "2", null)]
    public void EffectiveTop_DefaultsToTenForTopNReportsOnly(string report, string? top, int? expected)
    {
        var request = ReportRequestParser.Parse(report, new() { Top = top });

        Assert.Equal(expected, request.EffectiveTop);
    }

    [Fact]
    public void Catalog_HasEveryReportOfTheContract()
    {
        string[] contract =
        [
            "events", "track", "top-senders-by-count", "top-senders-by-size", "top-senders-by-recipients",
            "top-senders-to-groups-by-count", "top-senders-to-groups-by-size", "top-recipients-by-count", "top-recipients-by-size",
            "top-groups-by-count", "top-groups-by-size", "count-by-client-ip", "count-by-server", "count-by-subject",
            "count-by-size-range", "count-by-custom-size-range", "size-by-client-ip", "size-by-subject",
        ];

        Assert.Equal(contract, ReportCatalog.All.Select(d => d.Name));
    }
}
