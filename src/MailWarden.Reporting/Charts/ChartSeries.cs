using System.Globalization;
using MailWarden.Reporting.Results;

namespace MailWarden.Reporting.Charts;

/// <summary>The values a chart draws, read from a result: (period, key, value) in row order.</summary>
internal sealed class ChartSeries
{
    public ChartSeries(ReportResult result, string column)
    {
        var periodIndex = result.IndexOf(TrafficColumnNames.Period);
        var keyIndex = result.IndexOf(TrafficColumnNames.Key);
        var valueIndex = result.IndexOf(column);
        IsBytes = column == TrafficColumnNames.Bytes;
        ValueLabel = result.Columns[valueIndex].Header;
        Points = [.. result.Rows.Select(row => (
            Period: periodIndex < 0 ? "" : (string)row[periodIndex]!,
            Key: (string?)row[keyIndex] ?? "",
            Value: Convert.ToDouble(row[valueIndex], CultureInfo.InvariantCulture)))];
    }

    public IReadOnlyList<(string Period, string Key, double Value)> Points { get; }

    public bool IsBytes { get; }

    public string ValueLabel { get; }
}
