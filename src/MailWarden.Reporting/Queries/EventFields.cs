using MailWarden.Core.Tracking;
using MailWarden.Importing.Store;
using MailWarden.Reporting.Definitions;
using MailWarden.Reporting.Results;

namespace MailWarden.Reporting.Queries;

/// <summary>
/// The columns of <c>events</c> and <c>track</c>: every log field under its log name (the JSON keys), then
/// the fields without a column of their own. Which ones a table shows differs between the two reports.
/// </summary>
internal static class EventFields
{
    /// <summary>The name of the column that holds the log's other fields.</summary>
    public const string ExtraFieldsName = "extra-fields";

    private static readonly HashSet<string> EventsSummary =
    [
        MsgtrkFieldNames.DateTime, MsgtrkFieldNames.ServerHostname, MsgtrkFieldNames.EventId, MsgtrkFieldNames.Source,
        MsgtrkFieldNames.SenderAddress, MsgtrkFieldNames.RecipientAddress, MsgtrkFieldNames.MessageSubject, MsgtrkFieldNames.TotalBytes,
    ];

    private static readonly HashSet<string> TrackSummary =
    [
        MsgtrkFieldNames.DateTime, MsgtrkFieldNames.ServerHostname, MsgtrkFieldNames.EventId, MsgtrkFieldNames.Source,
        MsgtrkFieldNames.RecipientAddress, MsgtrkFieldNames.RecipientStatus, MsgtrkFieldNames.MessageId,
    ];

    /// <summary>The SQL column of each field, in the order of <see cref="Columns"/>.</summary>
    public static IReadOnlyList<string> SqlColumns { get; } =
        [.. MsgtrkFieldNames.Exchange2016.Select(ColumnOf), EventColumns.ExtraFields];

    /// <summary>The report columns of <paramref name="kind"/> (<see cref="ReportKind.Events"/> or <see cref="ReportKind.Track"/>).</summary>
    public static IReadOnlyList<ReportColumn> Columns(ReportKind kind)
    {
        var summary = kind == ReportKind.Track ? TrackSummary : EventsSummary;
        var columns = MsgtrkFieldNames.Exchange2016
            .Select(field => new ReportColumn(field, field, KindOf(field), IsDetail: !summary.Contains(field)))
            .ToList();
        columns.Add(new ReportColumn(ExtraFieldsName, ExtraFieldsName, ReportValueKind.Fields, IsDetail: true));
        return columns;
    }

    // EventColumns mirrors the log's field names with '_' for '-' (see EventColumns).
    private static string ColumnOf(string field) => field.Replace('-', '_');

    private static ReportValueKind KindOf(string field) => field switch
    {
        MsgtrkFieldNames.DateTime => ReportValueKind.Timestamp,
        MsgtrkFieldNames.TotalBytes => ReportValueKind.Bytes,
        MsgtrkFieldNames.RecipientCount => ReportValueKind.Integer,
        _ => ReportValueKind.Text,
    };
}
