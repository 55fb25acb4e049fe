using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using MailWarden.Reporting.Definitions;
using MailWarden.Reporting.Results;

namespace MailWarden.Reporting.Queries;

/// <summary>Reads the rows of <c>events</c> and <c>track</c> SQL in the column order of <see cref="EventFields"/>.</summary>
internal static class EventRows
{
    public static async Task<IReadOnlyList<ReportRow>> ReadAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var columns = EventFields.Columns(ReportKind.Events);
        var rows = new List<ReportRow>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var values = new object?[columns.Count];
            for (var i = 0; i < columns.Count; i++)
            {
                if (await reader.IsDBNullAsync(i, cancellationToken).ConfigureAwait(false))
                {
                    continue;
                }
                var value = reader.GetValue(i);
                values[i] = columns[i].Kind switch
                {
                    ReportValueKind.Timestamp => DateTime.SpecifyKind(Convert.ToDateTime(value, CultureInfo.InvariantCulture), DateTimeKind.Utc),
                    ReportValueKind.Integer or ReportValueKind.Bytes => Convert.ToInt64(value, CultureInfo.InvariantCulture),
                    ReportValueKind.Fields => ParseFields((string)value),
                    _ => (string)value,
                };
            }
            rows.Add(new ReportRow(values));
        }
        return rows;
    }

    // extra_fields is a JSON object of name to value, in logged order (EventColumns.ExtraFields).
    private static List<KeyValuePair<string, string>> ParseFields(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateObject().Select(p => new KeyValuePair<string, string>(p.Name, p.Value.ToString()))];
    }
}
