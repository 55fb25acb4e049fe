using MailWarden.Tracking.Reading;
using MailWarden.Tracking.Tests.Support;

namespace MailWarden.Tracking.Tests.Reading;

/// <summary>Both sides of each <see cref="MsgtrkLimits"/> boundary.</summary>
public sealed class MsgtrkLimitsTests : IDisposable
{
    private const string Fields = "#Fields: date-time,event-id,message-subject\n";
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private static string RowOfLength(int bytes, string eventId = "RECEIVE")
    {
        var prefix = "2024-01-25T15:16:09.949Z," + eventId + ",";
        return prefix + new string('x', bytes - prefix.Length - 1) + "\n";
    }

    [Fact]
    public void MaxRecordLength_RecordAtTheLimit_IsRead()
    {
        var sink = new RecordingSink();
        var limits = new MsgtrkLimits { MaxRecordLength = 500 };

        TestFiles.ReadText(_directory, Fields + RowOfLength(500) + RowOfLength(100, "SEND"), sink, limits: limits);

        Assert.Equal(["RECEIVE", "SEND"], sink.Events.Select(e => e.Event.EventId));
        Assert.Empty(sink.Rejected);
    }

    [Fact]
    public void MaxRecordLength_RecordOverTheLimit_IsRejectedAndTheNextLineRead()
    {
        var sink = new RecordingSink();
        var limits = new MsgtrkLimits { MaxRecordLength = 500 };
        var text = Fields + RowOfLength(100, "SEND") + RowOfLength(70_000) + RowOfLength(100, "DELIVER");

        var result = TestFiles.ReadText(_directory, text, sink, limits: limits);

        Assert.Equal(["SEND", "DELIVER"], sink.Events.Select(e => e.Event.EventId));
        Assert.Equal([2L, 4], sink.Events.Select(e => e.Line));
        var rejected = Assert.Single(sink.Rejected);
        Assert.Equal(3, rejected.LineNumber);
        Assert.Contains("MaxRecordLength", rejected.Reason, StringComparison.Ordinal);
        Assert.Equal(text.Length, result.End.Offset);
        Assert.Equal(4, result.End.LineNumber);
    }

    [Fact]
    public void MaxRecordLength_LineLongerThanTheReadBuffer_IsDiscardedWithoutBufferingIt()
    {
        var sink = new RecordingSink();
        var text = Fields + RowOfLength(300_000) + RowOfLength(100, "DELIVER");

        var result = TestFiles.ReadText(_directory, text, sink, limits: new MsgtrkLimits { MaxRecordLength = 500 });

        Assert.Equal(2, Assert.Single(sink.Rejected).LineNumber);
        Assert.Equal(3, Assert.Single(sink.Events).Line);
        Assert.Equal(text.Length, result.End.Offset);
    }

    [Fact]
    public void MaxRecordLength_UnfinishedOverlongLastLine_WaitsWithoutRejecting()
    {
        var sink = new RecordingSink();
        var complete = Fields + RowOfLength(100, "SEND");
        var text = complete + RowOfLength(300_000).TrimEnd('\n');

        var result = TestFiles.ReadText(_directory, text, sink, limits: new MsgtrkLimits { MaxRecordLength = 500 });

        Assert.Empty(sink.Rejected);
        Assert.Single(sink.Events);
        Assert.Equal(complete.Length, result.End.Offset);
        Assert.Equal(2, result.End.LineNumber);
    }

    [Fact]
    public void MaxRecordLength_UnbalancedQuote_ResumesAtTheNextPhysicalLine()
    {
        var sink = new RecordingSink();
        var limits = new MsgtrkLimits { MaxRecordLength = 500 };
        var text = Fields + "2024-01-25T15:16:09.949Z,RECEIVE,\"never closed\n"
            + string.Concat(Enumerable.Repeat(RowOfLength(100, "SEND"), 10));

        TestFiles.ReadText(_directory, text, sink, limits: limits);

        Assert.Equal(2, Assert.Single(sink.Rejected).LineNumber);
        Assert.Equal(Enumerable.Range(3, 10).Select(i => (long)i), sink.Events.Select(e => e.Line));
    }

    [Fact]
    public void MaxFields_FieldsLineAtTheLimit_IsUsed()
    {
        var sink = new RecordingSink();
        var fields = "#Fields: date-time,event-id," + string.Join(',', Enumerable.Range(0, 8).Select(i => $"x{i}")) + "\n";

        TestFiles.ReadText(_directory, fields + "2024-01-25T15:16:09.949Z,RECEIVE,1,2,3,4,5,6,7,8\n", sink, limits: new MsgtrkLimits { MaxFields = 10 });

        Assert.Equal(8, Assert.Single(sink.Events).Event.ExtraFields.Count);
    }

    [Fact]
    public void MaxFields_FieldsLineOverTheLimit_IsRejectedMidFile()
    {
        var sink = new RecordingSink();
        var wide = "#Fields: date-time,event-id," + string.Join(',', Enumerable.Range(0, 9).Select(i => $"x{i}")) + "\n";

        TestFiles.ReadText(_directory, Fields + wide + "2024-01-25T15:16:09.949Z,RECEIVE,s\n", sink, limits: new MsgtrkLimits { MaxFields = 10 });

        var rejected = Assert.Single(sink.Rejected);
        Assert.Equal("#Fields", rejected.Field);
        Assert.Contains("more than 10 fields", rejected.Reason, StringComparison.Ordinal);
        Assert.Equal("s", Assert.Single(sink.Events).Event.MessageSubject);
    }
}
