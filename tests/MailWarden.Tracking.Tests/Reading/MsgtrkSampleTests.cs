using MailWarden.Tracking.Reading;
using MailWarden.Tracking.Tests.Support;

namespace MailWarden.Tracking.Tests.Reading;

/// <summary>Every real MSGTRK sample of ../shared/data/msgtrk imports whole.</summary>
public sealed class MsgtrkSampleTests
{
    private static string Sample(string folder) =>
        Directory.GetFiles(Path.Combine(TestFiles.SharedMsgtrk, folder)).Single();

    public static TheoryData<string, int> Samples => new()
    {
        { "exchange-2010", 2 },
        { "exchange-2013", 2 },
        { "exchange-2016-2019", 6 },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Read_RealSample_ImportsEveryRowAndEndsAtTheFileEnd(string folder, int rows)
    {
        var path = Sample(folder);
        var sink = new RecordingSink();

        var result = TestFiles.ReadFile(path, sink);

        Assert.Equal(TrackingLogFormat.Msgtrk, result.Format);
        Assert.Empty(sink.Rejected);
        Assert.Equal(rows, result.Events);
        Assert.Equal(rows, sink.Events.Count);
        Assert.Equal(new FileInfo(path).Length, result.End.Offset);
        Assert.StartsWith("#Fields: date-time,", result.End.Header, StringComparison.Ordinal);
        Assert.All(sink.Events, e => Assert.Equal(DateTimeKind.Utc, e.Event.Timestamp.Kind));
    }

    [Fact]
    public void Read_Exchange2010WithBomAndCrlf_MapsTheQuotedSourceContextAndLineNumbers()
    {
        var sink = new RecordingSink();

        var result = TestFiles.ReadFile(Sample("exchange-2010"), sink);

        var (first, line) = sink.Events[0];
        Assert.Equal(6, line);
        Assert.Equal(7, sink.Events[1].Line);
        Assert.Equal(7, result.End.LineNumber);
        Assert.Equal(new DateTime(2016, 4, 5, 0, 0, 2, 52, DateTimeKind.Utc), first.Timestamp);
        Assert.Equal("STOREDRIVER", first.Source);
        Assert.Equal("NOTIFYMAPI", first.EventId);
        Assert.StartsWith("MDB:61914740-3f1b-4ddb-94e0-557196870cfa, Mailbox:279f077c", first.SourceContext, StringComparison.Ordinal);
        Assert.EndsWith("ClientType:System", first.SourceContext, StringComparison.Ordinal);
        Assert.StartsWith("S:ItemEntryId=00-00-00-00-37-DB", first.CustomData, StringComparison.Ordinal);
        Assert.Null(first.NetworkMessageId);
        Assert.Null(first.MessageId);
        Assert.Null(first.TotalBytes);
    }

    [Fact]
    public void Read_Exchange2013_MapsNetworkMessageIdAndMultiValuedRecipients()
    {
        var sink = new RecordingSink();

        TestFiles.ReadFile(Sample("exchange-2013"), sink);

        var agentInfo = sink.Events[0].Event;
        Assert.Equal("AGENTINFO", agentInfo.EventId);
        Assert.Equal("EX13D13UWA001", agentInfo.ClientHostname);
        Assert.Equal("13fad5b7-39c5-46e7-130e-08d4a138ac67", agentInfo.NetworkMessageId);
        Assert.Equal(7631, agentInfo.TotalBytes);
        Assert.Equal(1, agentInfo.RecipientCount);
        Assert.Equal("Incoming", agentInfo.Directionality);
        Assert.Equal("10.43.162.232", agentInfo.OriginalServerIp);
        var redirect = sink.Events[1].Event;
        Assert.Equal("HAREDIRECT", redirect.EventId);
        Assert.Equal(["abannert@amazon.com", "bryanson@amazon.com", "zihoncao@amazon.com"], Core.Tracking.TrackingEvent.Split(redirect.RecipientAddress));
        Assert.Equal(3, redirect.RecipientCount);
    }

    [Fact]
    public void Read_HeaderlessExchange2016_ReadsThe30FieldsAndKeepsUnknownEventIds()
    {
        var sink = new RecordingSink();

        var result = TestFiles.ReadFile(Sample("exchange-2016-2019"), sink);

        Assert.Equal(["HAREDIRECTFAIL", "RECEIVE", "RECEIVE", "SEND", "SENDEXTERNAL", "NOTIFYMAPI"], sink.Events.Select(e => e.Event.EventId));
        Assert.Equal([1L, 2, 3, 4, 5, 6], sink.Events.Select(e => e.Line));
        var external = sink.Events[4].Event;
        Assert.StartsWith(";250 2.6.0 <1736846922.907742.2942@foo.bar.local> [InternalId=5450313518243, Hostname=", external.SourceContext, StringComparison.Ordinal);
        Assert.Equal("<>", external.ReturnPath);
        Assert.Equal("Email", external.TransportTrafficType);
        Assert.Equal("82f8feae-ef9b-41bf-8500-1e10946655ae", external.LogId);
        Assert.Equal("15.01.2507.039", external.SchemaVersion);
        Assert.Equal(136349, external.TotalBytes);
        Assert.Equal("#Fields: " + string.Join(',', Core.Tracking.MsgtrkFieldNames.Exchange2016), result.End.Header);
    }
}
