using MailWarden.Importing.Store;
using MailWarden.Reporting.Definitions;

namespace MailWarden.Reporting.Queries;

/// <summary>
/// The SQL of <c>events</c> (the matching rows, newest first) and <c>track</c> (every row of the messages
/// that have a matching row, oldest first). Ties in time go by <c>seq</c>, the import order.
/// </summary>
internal static class EventReportSql
{
    public static ReportQuery Build(ReportRequest request)
    {
        var parameters = new SqlParameterList();
        var where = FilterSql.And(FilterSql.Conditions(request.Filter, parameters));
        var columns = string.Join(", ", EventFields.SqlColumns);
        var limit = request.EffectiveTop is { } top ? $" LIMIT {parameters.Add((long)top)}" : "";
        var sql = request.Definition.Kind == ReportKind.Track
            ? $"""
              SELECT {columns} FROM events
              WHERE {EventColumns.MessageKey} IN (SELECT {EventColumns.MessageKey} FROM events WHERE {where})
              ORDER BY {EventColumns.DateTime}, {EventColumns.Seq}{limit}
              """
            : $"""
              SELECT {columns} FROM events
              WHERE {where}
              ORDER BY {EventColumns.DateTime} DESC, {EventColumns.Seq} DESC{limit}
              """;
        return new ReportQuery(sql, parameters.Values);
    }
}
