using System.CommandLine;
using MailWarden.Cli.Commands;
using MailWarden.Reporting.Charts;
using MailWarden.Reporting.Export;
using MailWarden.Reporting.Results;
using Spectre.Console;

namespace MailWarden.Cli.Output;

/// <summary>Writes a report where the output options say: table, CSV, JSON or HTML, to the terminal or a file, plus a chart.</summary>
public static class ReportOutput
{
    /// <summary>Checks the output options before any query runs; returns the problems.</summary>
    public static IReadOnlyList<string> Validate(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var problems = new List<string>();
        if (parseResult.GetValue(ReportOptions.Chart) is { } chart && !ReportChart.TryGetFormat(chart.FullName, out _))
        {
            problems.Add($"--chart: '{chart.Name}' must end in .png or .svg.");
        }
        return problems;
    }

    /// <summary>Writes <paramref name="result"/> in the chosen format to the chosen place, and the chart if asked.</summary>
    public static async Task WriteAsync(ReportResult result, ParseResult parseResult, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(parseResult);
        var file = parseResult.GetValue(ReportOptions.Output);
        var format = ChooseFormat(parseResult.GetValue(ReportOptions.Format), file);
        if (format is null)
        {
            ReportTableRenderer.Render(result, AnsiConsole.Console);
        }
        else if (file is null)
        {
            var stdout = Console.OpenStandardOutput();
            await using (stdout.ConfigureAwait(false))
            {
                await ReportExporter.WriteAsync(result, format.Value, stdout, cancellationToken).ConfigureAwait(false);
            }
        }
        else
        {
            await WriteFileAsync(file.FullName, stream => ReportExporter.WriteAsync(result, format.Value, stream, cancellationToken)).ConfigureAwait(false);
            await Console.Error.WriteLineAsync($"{result.Rows.Count:N0} rows written to {file.FullName}").ConfigureAwait(false);
        }

        if (parseResult.GetValue(ReportOptions.Chart) is { } chart)
        {
            if (!ReportChart.CanDraw(result))
            {
                await Console.Error.WriteLineAsync($"--chart: the {result.Definition.Name} report has no chart; none written.").ConfigureAwait(false);
                return;
            }
            ReportChart.Save(result, chart.FullName);
            await Console.Error.WriteLineAsync($"chart written to {chart.FullName}").ConfigureAwait(false);
        }
    }

    // Table on a terminal; CSV when the output goes to a pipe, or to a file whose extension names no format.
    private static ReportFormat? ChooseFormat(string? requested, FileInfo? file) => requested switch
    {
        "table" when file is null => null,
        "table" or "csv" => ReportFormat.Csv,
        "json" => ReportFormat.Json,
        "html" => ReportFormat.Html,
        _ when file is not null => Path.GetExtension(file.Name).ToUpperInvariant() switch
        {
            ".JSON" => ReportFormat.Json,
            ".HTML" or ".HTM" => ReportFormat.Html,
            _ => ReportFormat.Csv,
        },
        _ => Console.IsOutputRedirected ? ReportFormat.Csv : null,
    };

    // Written beside the target, then moved over it: a folder watcher or a browser never sees half a report.
    private static async Task WriteFileAsync(string path, Func<Stream, Task> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None);
        await using (stream.ConfigureAwait(false))
        {
            await write(stream).ConfigureAwait(false);
        }
        File.Move(temporary, path, overwrite: true);
    }
}
