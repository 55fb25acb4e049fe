using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using MailWarden.Reporting.Charts;
using MailWarden.Reporting.Results;

namespace MailWarden.Reporting.Export;

/// <summary>
/// Writes a report as one self-contained HTML page: inline CSS, the chart as an inline SVG image, the table
/// without detail columns. Every text from the data is HTML-encoded, the chart is an <c>img</c> (a script in
/// an image never runs) and a Content-Security-Policy forbids scripts and remote loads, so no subject or
/// address can change the page.
/// </summary>
public static class HtmlReportWriter
{
    // Encodes < > & " ' and the like, keeps letters of every script readable.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private const string Style = """
        body{font-family:"DejaVu Sans",Verdana,sans-serif;margin:2em;color:#1f2328}
        h1{font-size:1.4em;margin:0 0 .5em}
        dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em;margin:0 0 1em;color:#57606a}
        dt{font-family:monospace}dd{margin:0}
        figure{margin:0 0 1em}figure img{max-width:100%;height:auto}
        table{border-collapse:collapse}
        th,td{border:1px solid #d0d7de;padding:.25em .6em;text-align:left;vertical-align:top;word-break:break-word}
        th{background:#f6f8fa}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
        tbody tr:nth-child(even){background:#f6f8fa}
        p.rows{color:#57606a}
        """;

    /// <summary>Writes <paramref name="result"/> to <paramref name="output"/>, leaving it open.</summary>
    /// <param name="result">The report.</param>
    /// <param name="output">Where the page goes (UTF-8).</param>
    /// <param name="includeChart">Whether to embed the chart, when the report has one.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    public static async Task WriteAsync(ReportResult result, Stream output, bool includeChart = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var page = Render(result, includeChart);
        await output.WriteAsync(new UTF8Encoding(false).GetBytes(page), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The page as a string.</summary>
    public static string Render(ReportResult result, bool includeChart = true)
    {
        ArgumentNullException.ThrowIfNull(result);
        var html = new StringBuilder();
        var title = Encode(result.Title);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(title).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n")
            .Append("<h1>").Append(title).Append("</h1>\n");
        AppendOptions(html, result);
        if (includeChart && ReportChart.CanDraw(result))
        {
            var svg = ReportChart.Render(result, ChartFormat.Svg);
            html.Append("<figure><img alt=\"Chart: ").Append(title).Append("\" src=\"data:image/svg+xml;base64,")
                .Append(Convert.ToBase64String(svg)).Append("\"></figure>\n");
        }
        AppendTable(html, result);
        html.Append("<p class=\"rows\">").Append(result.Rows.Count).Append(result.Rows.Count == 1 ? " row" : " rows").Append("</p>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendOptions(StringBuilder html, ReportResult result)
    {
        html.Append("<dl>\n<dt>report</dt><dd>").Append(Encode(result.Definition.Name)).Append("</dd>\n");
        foreach (var (option, value) in result.Options)
        {
            html.Append("<dt>").Append(Encode(option)).Append("</dt><dd>").Append(Encode(value)).Append("</dd>\n");
        }
        html.Append("</dl>\n");
    }

    private static void AppendTable(StringBuilder html, ReportResult result)
    {
        var shown = result.Columns.Select((column, index) => (Column: column, Index: index)).Where(c => !c.Column.IsDetail).ToList();
        html.Append("<table>\n<thead><tr>");
        foreach (var (column, _) in shown)
        {
            html.Append(column.IsNumeric ? "<th class=\"num\">" : "<th>").Append(Encode(column.Header)).Append("</th>");
        }
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in result.Rows)
        {
            html.Append("<tr>");
            foreach (var (column, index) in shown)
            {
                html.Append(column.IsNumeric ? "<td class=\"num\">" : "<td>")
                    .Append(Encode(ReportValueText.Format(column, row[index]))).Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }

    private static string Encode(string text) => Encoder.Encode(text);
}
