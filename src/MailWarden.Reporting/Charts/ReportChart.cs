using MailWarden.Reporting.Definitions;
using MailWarden.Reporting.Results;
using ScottPlot;

namespace MailWarden.Reporting.Charts;

/// <summary>
/// Draws the chart of a traffic report with ScottPlot: horizontal bars for a top-N list (largest on top),
/// columns for size buckets, and with <c>--by</c> one line per key across the periods. The value drawn is
/// the ordered column (<see cref="ReportResult.ChartColumn"/>).
/// </summary>
public static class ReportChart
{
    /// <summary>Lines drawn at most with <c>--by</c>: the keys with the largest totals over all periods.</summary>
    public const int MaxSeries = 10;

    /// <summary>The default width in pixels.</summary>
    public const int DefaultWidth = 900;

    /// <summary>Whether the report has a chart (traffic reports do, <c>events</c> and <c>track</c> do not).</summary>
    public static bool CanDraw(ReportResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.ChartColumn is not null;
    }

    /// <summary>The chart format a file name asks for (<c>.png</c> or <c>.svg</c>, any case).</summary>
    /// <returns><see langword="false"/> for any other extension.</returns>
    public static bool TryGetFormat(string path, out ChartFormat format)
    {
        ArgumentNullException.ThrowIfNull(path);
        var extension = Path.GetExtension(path);
        format = string.Equals(extension, ".svg", StringComparison.OrdinalIgnoreCase) ? ChartFormat.Svg : ChartFormat.Png;
        return extension.Equals(".svg", StringComparison.OrdinalIgnoreCase) || extension.Equals(".png", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Saves the chart to <paramref name="path"/>, as PNG or SVG by its extension.</summary>
    /// <exception cref="ArgumentException">The extension is neither <c>.png</c> nor <c>.svg</c>.</exception>
    /// <exception cref="InvalidOperationException">The report has no chart (<see cref="CanDraw"/>).</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void Save(ReportResult result, string path, int width = DefaultWidth, int? height = null)
    {
        if (!TryGetFormat(path, out var format))
        {
            throw new ArgumentException($"--chart: '{path}' must end in .png or .svg.", nameof(path));
        }
        var bytes = Render(result, format, width, height);
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>Renders the chart as PNG or SVG (UTF-8) bytes.</summary>
    /// <exception cref="InvalidOperationException">The report has no chart (<see cref="CanDraw"/>).</exception>
    public static byte[] Render(ReportResult result, ChartFormat format, int width = DefaultWidth, int? height = null)
    {
        using var plot = Build(result);
        var pixelHeight = height ?? DefaultHeight(result);
        return format == ChartFormat.Svg
            ? System.Text.Encoding.UTF8.GetBytes(plot.GetSvgXml(width, pixelHeight))
            : plot.GetImageBytes(width, pixelHeight, ImageFormat.Png);
    }

    private static int DefaultHeight(ReportResult result) =>
        result.By == SummaryPeriod.None && result.Definition.Key != TrafficKey.SizeRange
            ? Math.Clamp(120 + (36 * result.Rows.Count), 300, 1200)
            : 500;

    private static Plot Build(ReportResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var column = result.ChartColumn ?? throw new InvalidOperationException($"'{result.Definition.Name}' lists events and has no chart.");
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans");
        plot.Title(result.Title);
        var series = new ChartSeries(result, column);
        if (result.By != SummaryPeriod.None)
        {
            ChartDrawing.Lines(plot, series, MaxSeries);
        }
        else if (result.Definition.Key == TrafficKey.SizeRange)
        {
            ChartDrawing.Columns(plot, series);
        }
        else
        {
            ChartDrawing.Bars(plot, series);
        }
        return plot;
    }
}
