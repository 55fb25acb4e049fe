using MailWarden.Tracking.Reading;
using MailWarden.Tracking.Tests.Support;

namespace MailWarden.Tracking.Tests.Reading;

/// <summary>The Exchange 2000/2003 fixture written from KB246965's layout (Fixtures/exchange-2003/README.md).</summary>
public sealed class Exchange2003ReaderTests
{
    private static readonly string Fixture = TestFiles.FixturePath("exchange-2003", "20040315.log");

    [Fact]
    public void Read_Fixture_MapsDocumentedEventNumbersAndKeepsTheOthers()
    {
        var sink = new RecordingSink();

        var result = TestFiles.ReadFile(Fixture, sink);

        Assert.Equal(TrackingLogFormat.Exchange2003, result.Format);
        Assert.Equal(["RECEIVE", "1020", "DELIVER", "RECEIVE", "SUBMIT", "EXPAND", "REDIRECT", "DSN", "SEND"], sink.Events.Select(e => e.Event.EventId));
        Assert.Equal(["1019", "1020", "9", "1027", "4", "26", "28", "34", "7"],
            sink.Events.Select(e => e.Event.ExtraFields.Single(f => f.Key == "Event-ID").Value));
        Assert.Equal(new FileInfo(Fixture).Length, result.End.Offset);
        Assert.Equal(13, result.End.LineNumber);
    }

    [Fact]
    public void Read_Fixture_MapsColumnsByName()
    {
        var sink = new RecordingSink();

        TestFiles.ReadFile(Fixture, sink);

        var (smtp, line) = sink.Events[0];
        Assert.Equal(4, line);
        Assert.Equal(new DateTime(2004, 3, 15, 14, 39, 55, DateTimeKind.Utc), smtp.Timestamp);
        Assert.Equal("SMTP", smtp.Source);
        Assert.Equal("192.0.2.10", smtp.ClientIp);
        Assert.Equal("EXCH01", smtp.ServerHostname);
        Assert.Equal("alice@contoso.com", smtp.RecipientAddress);
        Assert.Equal("<4052A1B2.1@example.org>", smtp.MessageId);
        Assert.Equal(2048, smtp.TotalBytes);
        Assert.Equal("Quarterly figures, draft", smtp.MessageSubject);
        Assert.Equal("bob@example.org", smtp.SenderAddress);
        Assert.Equal("2004-3-15 14:39:54 GMT", smtp.MessageInfo);
        Assert.Contains(new KeyValuePair<string, string>("Priority", "0"), smtp.ExtraFields);
        var store = sink.Events[3].Event;
        Assert.Equal("STOREDRIVER", store.Source);
        Assert.Equal(new DateTime(2004, 3, 15, 9, 5, 7, DateTimeKind.Utc), store.Timestamp);
        Assert.Equal("Réunion \"lundi\"", store.MessageSubject);
        Assert.Equal("Store Driver", sink.Events[2].Event.Source);
        Assert.Equal("<NDR.7F1C@contoso.com>", sink.Events[7].Event.Reference);
        Assert.Equal("1", sink.Events[7].Event.RecipientStatus);
    }

    [Fact]
    public void Read_FixtureRowWithBadDate_IsRejectedWithItsLine()
    {
        var sink = new RecordingSink();

        TestFiles.ReadFile(Fixture, sink);

        var rejected = Assert.Single(sink.Rejected);
        Assert.Equal(12, rejected.LineNumber);
        Assert.Equal("Date/Time", rejected.Field);
    }

    [Fact]
    public void Read_FromThePreviousEnd_ReadsOnlyAppendedRows()
    {
        using var directory = new TempDirectory();
        var path = directory.WriteBytes("20040315.log", File.ReadAllBytes(Fixture));
        var first = TestFiles.ReadFile(path, new RecordingSink());
        directory.Append(path, "2004-3-16\t0:0:1 GMT\t\t\t\tEXCH01\t10.0.0.5\tx@contoso.com\t9\t<n@contoso.com>\t0\t\t10\t1\t\t0\tv\t\tnew\ty@contoso.com\r\n");
        var sink = new RecordingSink();

        TestFiles.ReadFile(path, sink, first.End with { Header = null });

        var (delivered, line) = Assert.Single(sink.Events);
        Assert.Equal("DELIVER", delivered.EventId);
        Assert.Equal(14, line);
    }
}
