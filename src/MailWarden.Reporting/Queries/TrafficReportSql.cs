using MailWarden.Core.Tracking;
using MailWarden.Importing.Store;
using MailWarden.Reporting.Definitions;

namespace MailWarden.Reporting.Queries;

/// <summary>
/// The SQL of every traffic report, in three steps: <c>mail</c> picks the counted mail (sent, received or
/// group mail, each the earliest event of its message, recipient or group among the filtered rows),
/// <c>totals</c> groups it by key (and period), the last SELECT orders and keeps the top N.
/// </summary>
internal static class TrafficReportSql
{
    private const string MailKey = "mail_key";
    private const string MailBytes = "mail_bytes";
    private const string MailRecipients = "mail_recipients";
    private const string MailTime = "mail_time";
    private const string MailCount = "mail_count";

    // The message identity reports group by: its 128-bit hash, several times cheaper to group than the key text.
    private const string Message = $"{EventColumns.MessageHashHigh}, {EventColumns.MessageHashLow}";

    private static bool NormalisesKey(TrafficKey key) => key is TrafficKey.Sender or TrafficKey.Group or TrafficKey.Subject;

    public static ReportQuery Build(ReportRequest request, ReportSqlDialect dialect)
    {
        var definition = request.Definition;
        var parameters = new SqlParameterList();
        var rowFilter = FilterSql.Conditions(request.Filter, parameters);
        var mail = definition.Mail switch
        {
            MailSet.Sent => SentMail(request, rowFilter, dialect),
            MailSet.Received => ReceivedMail(request, rowFilter, parameters, dialect),
            _ => GroupMail(request, rowFilter, dialect),
        };
        var key = KeyExpression(request, parameters);
        // Only the client IP can be missing: such sent mail is left out of client-IP reports.
        var keyed = definition.Key == TrafficKey.ClientIp ? $"WHERE {key} IS NOT NULL" : "";
        var summarised = request.By != SummaryPeriod.None;
        var period = summarised ? $"{PeriodExpression(request.By)} AS {TrafficSqlNames.Period}, " : "";
        var groupBy = summarised ? $"{TrafficSqlNames.Period}, {TrafficSqlNames.Key}" : TrafficSqlNames.Key;
        var mailCount = definition.Count == TrafficCount.Recipients ? $"sum({MailRecipients})" : "count(*)";
        var source = "mail";
        var preGrouped = "";
        if (NormalisesKey(definition.Key))
        {
            // lower()/trim() cost ~0.1 us a value: grouping the mails by the key as logged first leaves them to run once per
            // distinct logged key (tens of thousands) instead of once per mail (millions); sums of sums are the same sums.
            preGrouped = $"""
                logged_keys AS (
                SELECT {period}{MailKey}, {mailCount} AS {MailCount}, sum({MailBytes}) AS {MailBytes}
                FROM mail
                GROUP BY {(summarised ? TrafficSqlNames.Period + ", " : "")}{MailKey}
                ),
                """;
            source = "logged_keys";
            mailCount = $"sum({MailCount})";
            period = summarised ? $"{TrafficSqlNames.Period}, " : "";
        }
        var totals = $"""
            SELECT {period}{key} AS {TrafficSqlNames.Key}, CAST(coalesce({mailCount}, 0) AS BIGINT) AS {TrafficSqlNames.Count},
                   CAST(coalesce(sum({MailBytes}), 0) AS BIGINT) AS {TrafficSqlNames.Bytes}
            FROM {source}
            {keyed}
            GROUP BY {groupBy}
            """;
        var sql = $"""
            WITH mail AS (
            {mail}
            ),
            {preGrouped}
            totals AS (
            {totals}
            )
            {Ordered(request, parameters, dialect)}
            """;
        return new ReportQuery(sql, parameters.Values);
    }

    private static string SentMail(ReportRequest request, List<string> rowFilter, ReportSqlDialect dialect)
    {
        var raw = request.Definition.Key switch
        {
            TrafficKey.Sender => EventColumns.SenderAddress,
            TrafficKey.ClientIp => EventColumns.ClientIp,
            TrafficKey.Server => EventColumns.ServerHostname,
            TrafficKey.Subject => EventColumns.MessageSubject,
            _ => null,
        };
        List<string> where =
        [
            $"{EventColumns.EventId} = '{TrackingEventIds.Receive}'",
            $"{EventColumns.Source} IN ('SMTP', 'STOREDRIVER')",
            .. rowFilter,
        ];
        var columns = Columns(request, raw);
        if (request.Definition.Count == TrafficCount.Recipients)
        {
            columns.Add((EventColumns.RecipientCount, MailRecipients));
        }
        return dialect.EarliestPerGroup("events", FilterSql.And(where), [EventColumns.MessageHashHigh, EventColumns.MessageHashLow], columns);
    }

    private static string ReceivedMail(ReportRequest request, List<string> rowFilter, SqlParameterList parameters, ReportSqlDialect dialect)
    {
        const string Recipient = "recipient";
        List<string> deliverWhere = [$"{EventColumns.EventId} = '{TrackingEventIds.Deliver}'", .. rowFilter];
        // recipient_keys holds the recipients already lower(trim())-ed by the import: lower() and trim() on every
        // split recipient cost most of these reports (docs/reports.md).
        var delivered = $"""
            (SELECT {Message}, {EventColumns.DateTime}, {EventColumns.Seq}, {EventColumns.TotalBytes},
                    {dialect.SplitToRows(EventColumns.RecipientKeys)} AS {Recipient}
             FROM events
             WHERE {FilterSql.And(deliverWhere)}) AS delivered
            """;
        List<string> where = [$"{Recipient} <> ''"];
        if (request.Filter.Recipients.Count > 0)
        {
            // A row delivered to a;b matches --recipients a, but only a is a received mail of a.
            where.Add(FilterSql.RecipientIn(Recipient, request.Filter.Recipients, parameters));
        }
        return dialect.EarliestPerGroup(delivered, FilterSql.And(where), [EventColumns.MessageHashHigh, EventColumns.MessageHashLow, Recipient], Columns(request, Recipient));
    }

    private static string GroupMail(ReportRequest request, List<string> rowFilter, ReportSqlDialect dialect)
    {
        var group = $"lower({EventColumns.RelatedRecipientAddress})";
        var raw = request.Definition.Key == TrafficKey.Group ? EventColumns.RelatedRecipientAddress : EventColumns.SenderAddress;
        List<string> where =
        [
            $"{EventColumns.EventId} = '{TrackingEventIds.Expand}'",
            $"{EventColumns.RelatedRecipientAddress} IS NOT NULL",
            .. rowFilter,
        ];
        return dialect.EarliestPerGroup("events", FilterSql.And(where), [EventColumns.MessageHashHigh, EventColumns.MessageHashLow, group], Columns(request, raw));
    }

    // The earliest row's values as logged; lower(), trim() and buckets come after, on one row per mail.
    private static List<(string Expression, string Alias)> Columns(ReportRequest request, string? rawKey)
    {
        List<(string, string)> columns = [(EventColumns.TotalBytes, MailBytes)];
        if (rawKey is not null)
        {
            columns.Add((rawKey, MailKey));
        }
        if (request.By != SummaryPeriod.None)
        {
            columns.Add((EventColumns.DateTime, MailTime));
        }
        return columns;
    }

    // The report key from the mail's values; NULL only for mail without client IP.
    private static string KeyExpression(ReportRequest request, SqlParameterList parameters) => request.Definition.Key switch
    {
        TrafficKey.Sender or TrafficKey.Group => $"coalesce(lower({MailKey}), '')",
        TrafficKey.Recipient or TrafficKey.ClientIp => MailKey,
        TrafficKey.Server => $"coalesce({MailKey}, '')",
        TrafficKey.Subject => $"coalesce(trim({MailKey}), '')",
        _ => BucketExpression(request.EffectiveRanges, parameters),
    };

    // Bucket i holds sizes from bound i (inclusive) to bound i+1 (exclusive); a size not logged counts as 0.
    private static string BucketExpression(SizeRanges ranges, SqlParameterList parameters)
    {
        var size = $"coalesce({MailBytes}, 0)";
        var whens = Enumerable.Range(1, ranges.Count - 1)
            .Select(i => $"WHEN {size} < {parameters.Add(ranges.LowerBounds[i])} THEN {i - 1}");
        return ranges.Count == 1 ? "0" : $"CASE {string.Join(" ", whens)} ELSE {ranges.Count - 1} END";
    }

    // Sortable values; ReportRunner turns them into labels (yyyy-MM-dd, 00-23, Monday-Sunday).
    private static string PeriodExpression(SummaryPeriod by) => by switch
    {
        SummaryPeriod.Day => $"CAST({MailTime} AS DATE)",
        SummaryPeriod.Hour => $"extract(hour FROM {MailTime})",
        _ => $"extract(isodow FROM {MailTime})",
    };

    private static string Ordered(ReportRequest request, SqlParameterList parameters, ReportSqlDialect dialect)
    {
        var definition = request.Definition;
        var summarised = request.By != SummaryPeriod.None;
        var columns = summarised
            ? $"{TrafficSqlNames.Period}, {TrafficSqlNames.Key}, {TrafficSqlNames.Count}, {TrafficSqlNames.Bytes}"
            : $"{TrafficSqlNames.Key}, {TrafficSqlNames.Count}, {TrafficSqlNames.Bytes}";
        if (definition.Order == TrafficOrder.Bucket)
        {
            return $"SELECT {columns} FROM totals ORDER BY {(summarised ? TrafficSqlNames.Period + ", " : "")}{TrafficSqlNames.Key}";
        }
        var measure = definition.Order == TrafficOrder.Bytes ? TrafficSqlNames.Bytes : TrafficSqlNames.Count;
        var order = $"{measure} DESC, {dialect.Ordinal(TrafficSqlNames.Key)}";
        var top = parameters.Add((long)(request.EffectiveTop ?? ReportRequest.DefaultTop));
        return summarised
            ? $"""
              SELECT {columns} FROM (
                  SELECT {columns}, row_number() OVER (PARTITION BY {TrafficSqlNames.Period} ORDER BY {order}) AS report_rank
                  FROM totals
              ) AS ranked
              WHERE report_rank <= {top}
              ORDER BY {TrafficSqlNames.Period}, report_rank
              """
            : $"SELECT {columns} FROM totals ORDER BY {order} LIMIT {top}";
    }
}
