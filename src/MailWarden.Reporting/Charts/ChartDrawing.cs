using ScottPlot;
using ScottPlot.TickGenerators;

namespace MailWarden.Reporting.Charts;

/// <summary>The three chart shapes on a ScottPlot <see cref="Plot"/>.</summary>
internal static class ChartDrawing
{
    /// <summary>Top-N: horizontal bars, the first row on top, keys on the left axis.</summary>
    public static void Bars(Plot plot, ChartSeries series)
    {
        var count = series.Points.Count;
        var bars = series.Points.Select((p, i) => new Bar { Position = count - 1 - i, Value = p.Value }).ToList();
        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = true;
        plot.Axes.Left.SetTicks(
            [.. Enumerable.Range(0, count).Select(i => (double)(count - 1 - i))],
            [.. series.Points.Select(p => ChartLabels.Key(p.Key))]);
        ValueAxis(plot.Axes.Bottom, series);
        plot.Axes.Margins(left: 0);
    }

    /// <summary>Size buckets: vertical columns in bucket order.</summary>
    public static void Columns(Plot plot, ChartSeries series)
    {
        var bars = series.Points.Select((p, i) => new Bar { Position = i, Value = p.Value }).ToList();
        plot.Add.Bars(bars);
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, series.Points.Count).Select(i => (double)i)], [.. series.Points.Select(p => p.Key)]);
        ValueAxis(plot.Axes.Left, series);
        plot.Axes.Margins(bottom: 0);
    }

    /// <summary>With <c>--by</c>: one line per key over the periods, for the keys with the largest totals.</summary>
    public static void Lines(Plot plot, ChartSeries series, int maxSeries)
    {
        var periods = series.Points.Select(p => p.Period).Distinct().ToList();
        var keys = series.Points
            .Select((p, index) => (p.Key, p.Value, Index: index))
            .GroupBy(p => p.Key)
            .Select(g => (Key: g.Key, Total: g.Sum(p => p.Value), First: g.Min(p => p.Index)))
            .OrderByDescending(k => k.Total).ThenBy(k => k.First)
            .Take(maxSeries)
            .OrderBy(k => k.First)
            .Select(k => k.Key);
        var xs = Enumerable.Range(0, periods.Count).Select(i => (double)i).ToArray();
        foreach (var key in keys)
        {
            var ys = periods.Select(period => series.Points.Where(p => p.Period == period && p.Key == key).Sum(p => p.Value)).ToArray();
            var line = plot.Add.Scatter(xs, ys);
            line.LegendText = ChartLabels.Key(key);
        }
        plot.Axes.Bottom.SetTicks(xs, [.. periods]);
        ValueAxis(plot.Axes.Left, series);
        plot.ShowLegend(Edge.Right);
    }

    private static void ValueAxis(IAxis axis, ChartSeries series)
    {
        axis.Label.Text = series.ValueLabel;
        axis.TickGenerator = series.IsBytes
            ? new NumericAutomatic { LabelFormatter = ChartLabels.Size }
            : new NumericAutomatic { IntegerTicksOnly = true };
    }
}
