using MailWarden.Reporting.Results;

namespace MailWarden.Reporting.Export;

/// <summary>Writes a report in any of the file formats; one entry point for the CLI, the web console and scheduled delivery.</summary>
public static class ReportExporter
{
    /// <summary>Writes <paramref name="result"/> as <paramref name="format"/> to <paramref name="output"/>, leaving it open.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a <see cref="ReportFormat"/>.</exception>
    public static Task WriteAsync(ReportResult result, ReportFormat format, Stream output, CancellationToken cancellationToken = default) =>
        format switch
        {
            ReportFormat.Csv => CsvReportWriter.WriteAsync(result, output, cancellationToken),
            ReportFormat.Json => JsonReportWriter.WriteAsync(result, output, cancellationToken),
            ReportFormat.Html => HtmlReportWriter.WriteAsync(result, output, includeChart: true, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a report format."),
        };
}
