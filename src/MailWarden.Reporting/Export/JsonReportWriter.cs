using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using MailWarden.Reporting.Results;

namespace MailWarden.Reporting.Export;

/// <summary>
/// Writes a report as a JSON array of objects keyed by column name: <c>period</c>, <c>key</c>, <c>count</c>,
/// <c>bytes</c> for traffic reports; the log's field names (<c>date-time</c>, <c>event-id</c>...) for
/// <c>events</c> and <c>track</c>, whose other logged fields join the object under their own names.
/// Numbers are JSON numbers, instants ISO 8601 strings, empty fields <see langword="null"/>.
/// </summary>
public static class JsonReportWriter
{
    /// <summary>Keeps non-ASCII text readable while still escaping HTML-sensitive characters (<c>&lt;</c>, <c>&amp;</c>...).</summary>
    internal static JavaScriptEncoder Encoder { get; } = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>Writes <paramref name="result"/> to <paramref name="output"/>, leaving it open.</summary>
    public static async Task WriteAsync(ReportResult result, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = Encoder, Indented = true });
        await using (writer.ConfigureAwait(false))
        {
            writer.WriteStartArray();
            foreach (var row in result.Rows)
            {
                WriteRow(writer, result.Columns, row);
                if (writer.BytesPending > 65536)
                {
                    await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            writer.WriteEndArray();
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static void WriteRow(Utf8JsonWriter writer, IReadOnlyList<ReportColumn> columns, ReportRow row)
    {
        writer.WriteStartObject();
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            switch (row[i])
            {
                case IReadOnlyList<KeyValuePair<string, string>> fields:
                    foreach (var (name, value) in fields.Where(f => !columns.Any(c => c.Name == f.Key)))
                    {
                        writer.WriteString(name, value);
                    }
                    break;
                case null when column.Kind == ReportValueKind.Fields:
                    break;
                case null:
                    writer.WriteNull(column.Name);
                    break;
                case long number:
                    writer.WriteNumber(column.Name, number);
                    break;
                default:
                    writer.WriteString(column.Name, ReportValueText.Format(column, row[i]));
                    break;
            }
        }
        writer.WriteEndObject();
    }
}
