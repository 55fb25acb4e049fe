using System.Text;
using MailWarden.Reporting.Results;

namespace MailWarden.Reporting.Export;

/// <summary>
/// Writes a report as RFC 4180 CSV: a header row of column names, CRLF line ends, fields quoted when they hold
/// a comma, a quote, CR or LF, UTF-8 without BOM. Carries every column, details included.
/// </summary>
public static class CsvReportWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="result"/> to <paramref name="output"/>, leaving it open.</summary>
    public static async Task WriteAsync(ReportResult result, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var writer = new StreamWriter(output, Utf8NoBom, bufferSize: 65536, leaveOpen: true) { NewLine = "\r\n" };
        await using (writer.ConfigureAwait(false))
        {
            await writer.WriteLineAsync(Line(result.Columns.Select(c => c.Name))).ConfigureAwait(false);
            foreach (var row in result.Rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var cells = result.Columns.Select((column, i) => ReportValueText.Format(column, row[i]));
                await writer.WriteLineAsync(Line(cells)).ConfigureAwait(false);
            }
        }
    }

    private static string Line(IEnumerable<string> fields) => string.Join(',', fields.Select(Quote));

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
