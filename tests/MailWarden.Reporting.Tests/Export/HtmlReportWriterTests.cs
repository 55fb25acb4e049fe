using System.Text;
using System.Text.RegularExpressions;
using MailWarden.Reporting.Export;
using static MailWarden.Reporting.Tests.Fixtures.ReportTesting;

namespace MailWarden.Reporting.Tests.Export;

public sealed partial class HtmlReportWriterTests
{
    [Fact]
    public async Task Render_HostileSubject_IsEncodedEverywhere()
    {
        var result = await RunAsync("count-by-subject", Window with { MessageSubject = "script" });

        var html = HtmlReportWriter.Render(result);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("</td><script>", html, StringComparison.Ordinal);
        Assert.Contains("<td>&lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt;</td>", html, StringComparison.Ordinal);
        // The filter value shown on the page is encoded too.
        Assert.Contains("<dt>--message-subject</dt><dd>script</dd>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_HostileOptionValue_IsEncoded()
    {
        var result = await RunAsync("count-by-subject", Window with { MessageSubject = "\"><img src=x onerror=alert(1)>" });

        var html = HtmlReportWriter.Render(result);

        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_TrafficReport_EmbedsItsChartAsInlineSvg()
    {
        var result = await RunAsync("count-by-subject", Window);

        var html = HtmlReportWriter.Render(result);

        var match = DataUri().Match(html);
        Assert.True(match.Success);
        var svg = Encoding.UTF8.GetString(Convert.FromBase64String(match.Groups[1].Value));
        Assert.Contains("Quarterly report", svg, StringComparison.Ordinal);
        Assert.Contains("&lt;/td&gt;&lt;script&gt;", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Content-Security-Policy", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_Events_HasNoChartAndOnlySummaryColumns()
    {
        var result = await RunAsync("events", new() { EventId = "AGENTINFO" });

        var html = HtmlReportWriter.Render(result);

        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("<th>event-id</th>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<th>tenant-id</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">10240</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_Html_IsAUtf8PageWithItsChart()
    {
        var result = Fixtures.Results.Subjects(("Grüße", 1, 1));
        using var stream = new MemoryStream();

        await ReportExporter.WriteAsync(result, ReportFormat.Html, stream);

        var bytes = stream.ToArray();
        var html = Encoding.UTF8.GetString(bytes);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Grüße</td>", html, StringComparison.Ordinal);
        Assert.Matches(DataUri(), html);
    }

    [GeneratedRegex("src=\"data:image/svg\\+xml;base64,([A-Za-z0-9+/=]+)\"")]
    private static partial Regex DataUri();
}
