using System.Data.Common;
using System.Globalization;
using MailWarden.Reporting.Definitions;
using MailWarden.Reporting.Results;

namespace MailWarden.Reporting.Queries;

/// <summary>Reads the rows of traffic SQL into report rows: period and bucket labels, and every bucket listed.</summary>
internal static class TrafficRows
{
    public static IReadOnlyList<ReportColumn> Columns(ReportRequest request)
    {
        var definition = request.Definition;
        List<ReportColumn> columns = [];
        if (request.By != SummaryPeriod.None)
        {
            columns.Add(new ReportColumn(TrafficColumnNames.Period, PeriodHeader(request.By), ReportValueKind.Text));
        }
        columns.Add(new ReportColumn(TrafficColumnNames.Key, definition.KeyHeader, ReportValueKind.Text));
        columns.Add(new ReportColumn(TrafficColumnNames.Count, definition.CountHeader, ReportValueKind.Integer));
        columns.Add(new ReportColumn(TrafficColumnNames.Bytes, "Bytes", ReportValueKind.Bytes));
        return columns;
    }

    public static async Task<IReadOnlyList<ReportRow>> ReadAsync(DbDataReader reader, ReportRequest request, CancellationToken cancellationToken)
    {
        var summarised = request.By != SummaryPeriod.None;
        var isBuckets = request.Definition.Key == TrafficKey.SizeRange;
        var found = new List<(string? Period, object Key, long Count, long Bytes)>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var column = 0;
            var period = summarised ? PeriodLabels.Label(request.By, reader.GetValue(column++)) : null;
            var key = reader.GetValue(column++);
            var count = Convert.ToInt64(reader.GetValue(column++), CultureInfo.InvariantCulture);
            var bytes = Convert.ToInt64(reader.GetValue(column), CultureInfo.InvariantCulture);
            found.Add((period, key, count, bytes));
        }
        return isBuckets ? WithEveryBucket(found, request.EffectiveRanges, summarised) : [.. found.Select(f => Row(f.Period, (string)f.Key, f.Count, f.Bytes, summarised))];
    }

    // A histogram shows its empty buckets too: every bucket of every period that has mail.
    private static List<ReportRow> WithEveryBucket(
        List<(string? Period, object Key, long Count, long Bytes)> found, SizeRanges ranges, bool summarised)
    {
        var rows = new List<ReportRow>();
        var periods = found.Select(f => f.Period).Distinct().ToList();
        if (!summarised)
        {
            periods = [null];
        }
        foreach (var period in periods)
        {
            for (var bucket = 0; bucket < ranges.Count; bucket++)
            {
                var hit = found.FirstOrDefault(f => f.Period == period && Convert.ToInt32(f.Key, CultureInfo.InvariantCulture) == bucket);
                rows.Add(Row(period, ranges.Label(bucket), hit.Count, hit.Bytes, summarised));
            }
        }
        return rows;
    }

    private static ReportRow Row(string? period, string key, long count, long bytes, bool summarised) =>
        summarised ? new ReportRow([period, key, count, bytes]) : new ReportRow([key, count, bytes]);

    private static string PeriodHeader(SummaryPeriod by) => by switch
    {
        SummaryPeriod.Day => "Day (UTC)",
        SummaryPeriod.Hour => "Hour (UTC)",
        _ => "Weekday (UTC)",
    };
}
