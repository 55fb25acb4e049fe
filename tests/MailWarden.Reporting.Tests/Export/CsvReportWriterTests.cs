using System.Text;
using MailWarden.Reporting.Export;
using MailWarden.Reporting.Results;
using static MailWarden.Reporting.Tests.Fixtures.ReportTesting;

namespace MailWarden.Reporting.Tests.Export;

public sealed class CsvReportWriterTests
{
    [Fact]
    public async Task Write_FieldsWithCommaQuoteAndNewline_QuotesPerRfc4180()
    {
        var result = Fixtures.Results.Subjects(("a,b", 1, 10), ("say \"hi\"", 2, 20), ("two\nlines", 3, 30), ("plain", 4, 40));

        var bytes = await WriteAsync(result);

        Assert.Equal(
            "key,count,bytes\r\n\"a,b\",1,10\r\n\"say \"\"hi\"\"\",2,20\r\n\"two\nlines\",3,30\r\nplain,4,40\r\n",
            Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public async Task Write_NonAsciiText_IsUtf8WithoutBom()
    {
        var bytes = await WriteAsync(Fixtures.Results.Subjects(("Überweisung", 1, 1)));

        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Contains("Überweisung", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_ByDay_HasPeriodFirst()
    {
        var result = await RunAsync("top-groups-by-count", Window with { By = "day" });

        var text = Encoding.UTF8.GetString(await WriteAsync(result));

        Assert.Equal("period,key,count,bytes\r\n2024-03-05,all@corp.example,2,5253119\r\n2024-03-04,sales@corp.example,1,1048600\r\n"
            .Split("\r\n").OrderBy(l => l, StringComparer.Ordinal), text.Split("\r\n").OrderBy(l => l, StringComparer.Ordinal));
        Assert.StartsWith("period,key,count,bytes\r\n2024-03-04,sales@corp.example,1,1048600\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_Events_HasEveryLogFieldAndExtraFields()
    {
        var result = await RunAsync("events", new() { EventId = "AGENTINFO" });

        var lines = Encoding.UTF8.GetString(await WriteAsync(result)).Split("\r\n");

        Assert.StartsWith("date-time,client-ip,client-hostname,server-ip,server-hostname,", lines[0], StringComparison.Ordinal);
        Assert.EndsWith(",schema-version,extra-fields", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("2024-03-04T09:00:01.000Z,,,,EX1.corp.example,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",\"{\"\"x-agent-note\"\":\"\"scanned, clean\"\"}\"", lines[1], StringComparison.Ordinal);
    }

    private static async Task<byte[]> WriteAsync(ReportResult result)
    {
        using var stream = new MemoryStream();
        await CsvReportWriter.WriteAsync(result, stream);
        return stream.ToArray();
    }
}
