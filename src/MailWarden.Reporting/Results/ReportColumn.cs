namespace MailWarden.Reporting.Results;

/// <summary>One column of a <see cref="ReportResult"/>.</summary>
/// <param name="Name">The machine name: CSV header and JSON key (<c>key</c>, <c>count</c>, <c>date-time</c>...).</param>
/// <param name="Header">The human header of a table or HTML page (<c>Sender</c>, <c>Sent mails</c>...).</param>
/// <param name="Kind">What the values are.</param>
/// <param name="IsDetail">
/// Whether the column is a detail that JSON and CSV carry but a table and the HTML page leave out (the less
/// used log fields of <c>events</c> and <c>track</c>).
/// </param>
public sealed record ReportColumn(string Name, string Header, ReportValueKind Kind, bool IsDetail = false)
{
    /// <summary>Whether the values are numbers, aligned right.</summary>
    public bool IsNumeric => Kind is ReportValueKind.Integer or ReportValueKind.Bytes;
}
