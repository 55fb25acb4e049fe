using MailWarden.Tracking.Reading;
using MailWarden.Tracking.Tests.Support;

namespace MailWarden.Tracking.Tests.Reading;

/// <summary>Exchange Online Get-MessageTrace exports: the real JSON samples and CSV/array fixtures.</summary>
public sealed class MessageTraceReaderTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private static string Sample(string name) => Path.Combine(TestFiles.SharedMsgtrk, "exchange-online", name);

    [Fact]
    public void Read_RealNdjsonSample_MapsEveryRecord()
    {
        var sink = new RecordingSink();
        var path = Sample("elastic-integrations_exchange_online_message_trace_sample.ndjson.log");

        var result = TestFiles.ReadFile(path, sink);

        Assert.Equal(TrackingLogFormat.ExchangeOnlineJson, result.Format);
        Assert.Empty(sink.Rejected);
        Assert.Equal([1L, 2], sink.Events.Select(e => e.Line));
        var (first, _) = sink.Events[0];
        Assert.Equal(new DateTime(2022, 10, 21, 17, 25, 36, DateTimeKind.Utc).AddTicks(9_693_760), first.Timestamp);
        Assert.Equal("DELIVER", first.EventId);
        Assert.Equal("Delivered", first.RecipientStatus);
        Assert.Equal("MESSAGETRACE", first.Source);
        Assert.Equal("contoso.com", first.ServerHostname);
        Assert.Equal("<GVAP278MB037586A65EF1FB2F844B0258DA2D9@GVAP278MB0375.CHEP278.PROD.OUTLOOK.COM>", first.MessageId);
        Assert.Equal("noreply@azure.microsoft.com", first.SenderAddress);
        Assert.Equal("linus@contoso.com", first.RecipientAddress);
        Assert.Equal("40.107.23.54", first.ClientIp);
        Assert.Null(first.ServerIp);
        Assert.Equal(22761, first.TotalBytes);
        Assert.Equal("a5e6dc0f-23df-4b20-d240-08dab38944a1", first.NetworkMessageId);
        Assert.Contains(new KeyValuePair<string, string>("StartDate", "2022-10-21T09:40:10Z"), first.ExtraFields);
        Assert.Contains(new KeyValuePair<string, string>("Index", "0"), first.ExtraFields);
        Assert.Equal(new FileInfo(path).Length, result.End.Offset);
    }

    [Fact]
    public void Read_RealSampleWithoutFinalLineEnd_TakesTheCompleteObjectAndNoOffsetTimestampAsUtc()
    {
        var sink = new RecordingSink();
        var path = Sample("elastic-integrations_exchange_online_message_trace_test-log.log");

        var result = TestFiles.ReadFile(path, sink);

        var (record, line) = Assert.Single(sink.Events);
        Assert.Equal(1, line);
        Assert.Equal(new DateTime(2022, 9, 5, 18, 10, 13, DateTimeKind.Utc).AddTicks(4_907_658), record.Timestamp);
        Assert.Equal("wildsecurity.onmicrosoft.com", record.ServerHostname);
        Assert.Equal("216.160.83.56", record.ServerIp);
        Assert.Equal(new FileInfo(path).Length, result.End.Offset);
        Assert.Empty(sink.Warnings);
    }

    [Fact]
    public void Read_NdjsonWithHalfWrittenLastObject_WaitsForIt()
    {
        var sink = new RecordingSink();
        var complete = "{\"Received\":\"2022-10-21T17:25:36Z\",\"Status\":\"Delivered\",\"RecipientAddress\":\"a@b.c\"}\n";
        var path = _directory.Write("trace.json", complete + "{\"Received\":\"2022-10-21T17:26:36Z\",\"Sta");

        var result = TestFiles.ReadFile(path, sink);

        Assert.Single(sink.Events);
        Assert.Equal(complete.Length, result.End.Offset);
        _directory.Append(path, "tus\":\"Failed\"}\n");
        var next = TestFiles.ReadFile(path, sink, result.End);
        Assert.Equal("FAIL", sink.Events[1].Event.EventId);
        Assert.Equal(2, sink.Events[1].Line);
        Assert.Equal(1, next.Events);
    }

    [Fact]
    public void Read_JsonArray_ReadsEveryObjectWithItsLine()
    {
        var sink = new RecordingSink();

        var result = TestFiles.ReadFile(TestFiles.FixturePath("exchange-online", "Get-MessageTrace-array.json"), sink);

        Assert.Equal(TrackingLogFormat.ExchangeOnlineJson, result.Format);
        Assert.Equal(["DELIVER", "QUARANTINED"], sink.Events.Select(e => e.Event.EventId));
        Assert.Equal([2L, 16], sink.Events.Select(e => e.Line));
        Assert.Equal("ExchangeOnline", sink.Events[1].Event.ServerHostname);
    }

    [Fact]
    public void Read_UnfinishedJsonArray_ReadsNothingYet()
    {
        var sink = new RecordingSink();
        var path = _directory.Write("trace.json", "[\n {\"Received\":\"2022-10-21T17:25:36Z\",\"Status\":\"Delivered\"},\n {\"Rec");

        var result = TestFiles.ReadFile(path, sink);

        Assert.Empty(sink.Events);
        Assert.Equal(0, result.End.Offset);
    }

    [Fact]
    public void Read_MessageTraceCsv_MapsStatusesAndWarnsOnceAboutZonelessDates()
    {
        var sink = new RecordingSink();

        var result = TestFiles.ReadFile(TestFiles.FixturePath("exchange-online", "Get-MessageTrace.csv"), sink);

        Assert.Equal(TrackingLogFormat.ExchangeOnlineCsv, result.Format);
        Assert.Empty(sink.Rejected);
        Assert.Equal(["DELIVER", "FILTEREDASSPAM", "FAIL", "EXPAND", "DEFER"], sink.Events.Select(e => e.Event.EventId));
        Assert.Equal([3L, 4, 5, 6, 7], sink.Events.Select(e => e.Line));
        var first = sink.Events[0].Event;
        Assert.Equal(new DateTime(2022, 10, 21, 17, 25, 36, DateTimeKind.Utc), first.Timestamp);
        Assert.Equal("testmail, 2", first.MessageSubject);
        Assert.Equal("contoso.onmicrosoft.com", first.ServerHostname);
        Assert.Contains(new KeyValuePair<string, string>("PSComputerName", "outlook.office365.com"), first.ExtraFields);
        var warning = Assert.Single(sink.Warnings);
        Assert.Contains("read as UTC", warning, StringComparison.Ordinal);
        Assert.Contains("docs/powershell-export.md", warning, StringComparison.Ordinal);
    }
}
