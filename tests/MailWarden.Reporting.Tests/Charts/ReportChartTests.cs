using System.Xml.Linq;
using MailWarden.Reporting.Charts;
using static MailWarden.Reporting.Tests.Fixtures.ReportTesting;

namespace MailWarden.Reporting.Tests.Charts;

public sealed class ReportChartTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task Save_Png_WritesAPngFile()
    {
        var result = await RunAsync("top-senders-by-count", Window);
        var path = Path.Combine(Path.GetTempPath(), $"mailwarden-chart-{Guid.NewGuid():N}.png");
        try
        {
            ReportChart.Save(result, path);

            var bytes = await File.ReadAllBytesAsync(path);
            Assert.Equal(PngSignature, bytes.Take(8));
            Assert.True(bytes.Length > 1000);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Save_Svg_IsValidXmlWithTheKeysAsText()
    {
        var result = await RunAsync("top-senders-by-count", Window);
        var path = Path.Combine(Path.GetTempPath(), $"mailwarden-chart-{Guid.NewGuid():N}.SVG");
        try
        {
            ReportChart.Save(result, path);

            var svg = XDocument.Load(path);
            Assert.Equal("svg", svg.Root!.Name.LocalName);
            var texts = svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();
            Assert.Contains("bob@corp.example", texts);
            Assert.Contains("eve@partner.example", texts);
            Assert.Contains("Top senders by count", texts);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Render_ByDay_DrawsALinePerKeyWithPeriodsAndLegend()
    {
        var result = await RunAsync("top-senders-by-count", Window with { By = "day" });

        var svg = XDocument.Parse(System.Text.Encoding.UTF8.GetString(ReportChart.Render(result, ChartFormat.Svg)));

        var texts = svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();
        Assert.Contains("2024-03-04", texts);
        Assert.Contains("2024-03-05", texts);
        Assert.Contains("alice@corp.example", texts);
        Assert.Contains("eve@partner.example", texts);
    }

    [Fact]
    public async Task Render_SizeRanges_LabelsEveryBucket()
    {
        var result = await RunAsync("count-by-size-range", Window);

        var svg = XDocument.Parse(System.Text.Encoding.UTF8.GetString(ReportChart.Render(result, ChartFormat.Svg)));

        var texts = svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();
        Assert.Contains("[0,10KB)", texts);
        Assert.Contains("[10MB,inf)", texts);
    }

    [Fact]
    public async Task Render_Events_HasNoChart()
    {
        var result = await RunAsync("events", new() { Top = "1" });

        Assert.False(ReportChart.CanDraw(result));
        Assert.Throws<InvalidOperationException>(() => ReportChart.Render(result, ChartFormat.Png));
    }

    [Fact]
    public void Save_OtherExtension_IsRefused()
    {
        var result = Fixtures.Results.Subjects(("Lunch", 1, 1));

        var error = Assert.Throws<ArgumentException>(() => ReportChart.Save(result, "chart.jpg"));

        Assert.Contains("must end in .png or .svg", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoRows_StillDrawsAnEmptyChart()
    {
        var result = Fixtures.Results.Subjects();

        var png = ReportChart.Render(result, ChartFormat.Png);

        Assert.Equal(PngSignature, png.Take(8));
    }
}
