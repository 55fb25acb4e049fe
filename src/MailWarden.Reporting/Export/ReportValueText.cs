using System.Globalization;
using System.Text.Json;
using MailWarden.Reporting.Results;

namespace MailWarden.Reporting.Export;

/// <summary>How every output writes a value as text, so a CSV cell and a table cell read the same.</summary>
public static class ReportValueText
{
    /// <summary>
    /// The text of a value of <paramref name="column"/>: numbers in invariant digits, instants as ISO 8601 UTC
    /// with milliseconds (<c>2024-03-04T09:00:00.000Z</c>, as the log writes them), named values as a JSON object,
    /// an empty field as the empty string.
    /// </summary>
    public static string Format(ReportColumn column, object? value)
    {
        ArgumentNullException.ThrowIfNull(column);
        return value switch
        {
            null => "",
            DateTime instant => instant.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            long number => number.ToString(CultureInfo.InvariantCulture),
            IReadOnlyList<KeyValuePair<string, string>> fields => FieldsAsJson(fields),
            string text => text,
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
        };
    }

    private static string FieldsAsJson(IReadOnlyList<KeyValuePair<string, string>> fields)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JsonReportWriter.Encoder }))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in fields)
            {
                writer.WriteString(name, value);
            }
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
