namespace MailWarden.Reporting.Definitions;

/// <summary>
/// One report of ../shared/REPORTS.md: its name on the command line and what it counts. Traffic-only
/// members (<see cref="Mail"/>, <see cref="Key"/>...) are meaningful when <see cref="Kind"/> is
/// <see cref="ReportKind.Traffic"/>.
/// </summary>
/// <param name="Name">The name on the command line, e.g. <c>top-senders-by-count</c>.</param>
/// <param name="Title">A human title, e.g. "Top senders by count".</param>
/// <param name="Kind">Events, track or traffic.</param>
/// <param name="Mail">Which mail a traffic report counts.</param>
/// <param name="Key">What its rows are.</param>
/// <param name="Count">What its <c>count</c> column adds up.</param>
/// <param name="Order">What it is ordered by.</param>
/// <param name="KeyHeader">The header of the key column in a table, e.g. "Sender".</param>
/// <param name="CountHeader">The header of the count column in a table, e.g. "Sent mails".</param>
public sealed record ReportDefinition(
    string Name,
    string Title,
    ReportKind Kind,
    MailSet Mail,
    TrafficKey Key,
    TrafficCount Count,
    TrafficOrder Order,
    string KeyHeader,
    string CountHeader)
{
    /// <summary>Whether the report takes <c>--ranges</c> (and requires it).</summary>
    public bool TakesRanges => Name == ReportCatalog.CustomSizeRangeName;

    /// <summary>Whether <c>--top</c> limits the rows; size-range reports always list every bucket.</summary>
    public bool IsTopN => Kind != ReportKind.Traffic || Key != TrafficKey.SizeRange;
}
