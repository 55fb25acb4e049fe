using MailWarden.Reporting.Definitions;
using MailWarden.Reporting.Queries;
using MailWarden.Reporting.Results;

namespace MailWarden.Reporting.Tests.Fixtures;

/// <summary>Runs reports on <see cref="TrafficFixture"/> and reads their rows as tuples.</summary>
internal static class ReportTesting
{
    /// <summary>The options of the fixture window, Monday 2024-03-04 and Tuesday 2024-03-05 (UTC).</summary>
    public static ReportArguments Window { get; } = new() { Start = "2024-03-04", End = "2024-03-06" };

    public static async Task<ReportResult> RunAsync(string report, ReportArguments arguments)
    {
        var request = ReportRequestParser.Parse(report, arguments);
        await using var connection = await TrafficFixture.OpenAsync();
        return await ReportRunner.DuckDb.RunAsync(connection, request);
    }

    public static async Task<(string Key, long Count, long Bytes)[]> TrafficAsync(string report, ReportArguments arguments)
    {
        var result = await RunAsync(report, arguments);
        Assert.Equal(["key", "count", "bytes"], result.Columns.Select(c => c.Name));
        return [.. result.Rows.Select(r => ((string)r[0]!, (long)r[1]!, (long)r[2]!))];
    }

    public static async Task<(string Period, string Key, long Count, long Bytes)[]> SummaryAsync(string report, ReportArguments arguments)
    {
        var result = await RunAsync(report, arguments);
        Assert.Equal(["period", "key", "count", "bytes"], result.Columns.Select(c => c.Name));
        return [.. result.Rows.Select(r => ((string)r[0]!, (string)r[1]!, (long)r[2]!, (long)r[3]!))];
    }
}
