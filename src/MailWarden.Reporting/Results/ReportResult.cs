using MailWarden.Reporting.Definitions;

namespace MailWarden.Reporting.Results;

/// <summary>
/// What a report found, independent of how it is shown: a title, the filters it ran with, its columns and
/// rows. Every output (table, CSV, JSON, HTML, chart) is made from this alone.
/// </summary>
public sealed class ReportResult
{
    /// <summary>The report that was run.</summary>
    public required ReportDefinition Definition { get; init; }

    /// <summary>A human title, e.g. "Top senders by count, by day".</summary>
    public required string Title { get; init; }

    /// <summary>The options the report ran with, as (option, value) pairs, e.g. (<c>--start</c>, <c>2024-03-01T00:00:00Z</c>).</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> Options { get; init; }

    /// <summary>The columns, in order.</summary>
    public required IReadOnlyList<ReportColumn> Columns { get; init; }

    /// <summary>The rows, in the report's order.</summary>
    public required IReadOnlyList<ReportRow> Rows { get; init; }

    /// <summary>The <c>--by</c> period; <see cref="SummaryPeriod.None"/> when not summarised.</summary>
    public SummaryPeriod By { get; init; }

    /// <summary>
    /// The name of the column a chart shows (the ordered one of a traffic report: <c>count</c> or <c>bytes</c>),
    /// or <see langword="null"/> for <c>events</c> and <c>track</c>, which have no chart.
    /// </summary>
    public string? ChartColumn => Definition.Kind != ReportKind.Traffic ? null
        : Definition.Order == TrafficOrder.Bytes ? TrafficColumnNames.Bytes : TrafficColumnNames.Count;

    /// <summary>The index of a column by name, or -1.</summary>
    public int IndexOf(string columnName)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Name == columnName)
            {
                return i;
            }
        }
        return -1;
    }
}
