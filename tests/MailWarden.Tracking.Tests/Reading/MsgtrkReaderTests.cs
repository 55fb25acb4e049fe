using MailWarden.Core.Tracking;
using MailWarden.Tracking.Reading;
using MailWarden.Tracking.Tests.Support;

namespace MailWarden.Tracking.Tests.Reading;

public sealed class MsgtrkReaderTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    public void Read_CrlfOrLf_ReadsTheSameEvents(string newLine)
    {
        var sink = new RecordingSink();
        var text = MsgtrkText.Header(newLine) + MsgtrkText.Row("RECEIVE") + newLine + MsgtrkText.Row("DELIVER") + newLine;

        var result = TestFiles.ReadText(_directory, text, sink);

        Assert.Equal(["RECEIVE", "DELIVER"], sink.Events.Select(e => e.Event.EventId));
        Assert.Equal([6L, 7], sink.Events.Select(e => e.Line));
        Assert.Equal("08DC1DB12C345BE5;2024-01-25T15:16:09.544Z;0, extra", sink.Events[0].Event.SourceContext);
        Assert.DoesNotContain('\r', sink.Events[0].Event.SchemaVersion!);
        Assert.Equal(7, result.End.LineNumber);
    }

    [Fact]
    public void Read_HalfWrittenLastLine_StopsBeforeItAndTheNextReadTakesItWhole()
    {
        var sink = new RecordingSink();
        var complete = MsgtrkText.Header() + MsgtrkText.Row("RECEIVE") + "\r\n";
        var last = MsgtrkText.Row("DELIVER");
        var path = _directory.Write("MSGTRK2024012515-1.LOG", complete + last[..40]);

        var first = TestFiles.ReadFile(path, sink);

        Assert.Single(sink.Events);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(complete), first.End.Offset);
        Assert.Equal(6, first.End.LineNumber);

        _directory.Append(path, last[40..] + "\r\n");
        var second = TestFiles.ReadFile(path, sink, first.End);

        Assert.Equal(2, sink.Events.Count);
        Assert.Equal("DELIVER", sink.Events[1].Event.EventId);
        Assert.Equal(7, sink.Events[1].Line);
        Assert.Equal(1, second.Events);
        Assert.Equal(new FileInfo(path).Length, second.End.Offset);
    }

    [Fact]
    public void Read_LastRecordEndsInsideAQuotedLineBreak_IsNotConsumed()
    {
        var sink = new RecordingSink();
        var complete = MsgtrkText.Header() + MsgtrkText.Row() + "\r\n";
        var path = _directory.Write("MSGTRK2024012515-1.LOG",
            complete + MsgtrkText.Row("DELIVER", overrides: (MsgtrkFieldNames.MessageSubject, "\"line one\r\nline")));

        var result = TestFiles.ReadFile(path, sink);

        Assert.Single(sink.Events);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(complete), result.End.Offset);
    }

    [Fact]
    public void Read_QuotedLineBreaksAndDoubledQuotes_UnescapesAndCountsPhysicalLines()
    {
        var sink = new RecordingSink();
        var text = MsgtrkText.Header()
            + MsgtrkText.Row("RECEIVE", overrides: (MsgtrkFieldNames.MessageSubject, "\"Re: \"\"a, b\"\"\r\nsecond\nthird\"")) + "\r\n"
            + MsgtrkText.Row("DELIVER") + "\r\n";

        var result = TestFiles.ReadText(_directory, text, sink);

        Assert.Equal("Re: \"a, b\"\r\nsecond\nthird", sink.Events[0].Event.MessageSubject);
        Assert.Equal([6L, 9], sink.Events.Select(e => e.Line));
        Assert.Equal(9, result.End.LineNumber);
    }

    [Fact]
    public void Read_FromAPositionWithoutHeader_RereadsTheHeaderFromTheFileStart()
    {
        var sink = new RecordingSink();
        var path = _directory.Write("MSGTRK2024012515-1.LOG", MsgtrkText.Header() + MsgtrkText.Row("RECEIVE") + "\r\n");
        var first = TestFiles.ReadFile(path, new RecordingSink());
        _directory.Append(path, MsgtrkText.Row("SEND") + "\r\n");

        var result = TestFiles.ReadFile(path, sink, first.End with { Header = null });

        Assert.Equal("SEND", Assert.Single(sink.Events).Event.EventId);
        Assert.Equal(7, sink.Events[0].Line);
        Assert.Equal(first.End.Header, result.End.Header);
    }

    [Fact]
    public void Read_FieldsLineAgainMidFile_SwitchesTheMappingByNameAndKeepsUnknownFields()
    {
        var sink = new RecordingSink();
        var text = MsgtrkText.Header() + MsgtrkText.Row("RECEIVE") + "\r\n"
            + MsgtrkText.FieldsLine(["event-id", "x-future-field", "date-time", "source", "total-bytes"]) + "\r\n"
            + "SENDEXTERNAL,shiny,2024-01-25T16:00:00.5Z,SMTP,42\r\n";

        var result = TestFiles.ReadText(_directory, text, sink);

        var moved = sink.Events[1].Event;
        Assert.Equal("SENDEXTERNAL", moved.EventId);
        Assert.Equal(new DateTime(2024, 1, 25, 16, 0, 0, 500, DateTimeKind.Utc), moved.Timestamp);
        Assert.Equal("SMTP", moved.Source);
        Assert.Equal(42, moved.TotalBytes);
        Assert.Equal([new KeyValuePair<string, string>("x-future-field", "shiny")], moved.ExtraFields);
        Assert.Equal(8, sink.Events[1].Line);
        Assert.StartsWith("#Fields: event-id,x-future-field", result.End.Header, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MalformedRows_AreRejectedWithFileLineAndFieldAndTheRestIsRead()
    {
        var sink = new RecordingSink();
        var text = MsgtrkText.Header()
            + MsgtrkText.Row("RECEIVE") + "\r\n"                                                   // 6
            + "2024-01-25T15:16:09.949Z,only,three\r\n"                                             // 7
            + MsgtrkText.Row("SEND", dateTime: "25/01/2024 15:16") + "\r\n"                        // 8
            + MsgtrkText.Row("SEND", overrides: (MsgtrkFieldNames.TotalBytes, "12kB")) + "\r\n"   // 9
            + MsgtrkText.Row("") + "\r\n"                                                          // 10
            + MsgtrkText.Row("DELIVER") + "\r\n";                                                  // 11

        var result = TestFiles.ReadText(_directory, text, sink);

        Assert.Equal(["RECEIVE", "DELIVER"], sink.Events.Select(e => e.Event.EventId));
        Assert.Equal(4, result.Rejected);
        Assert.Equal([7L, 8, 9, 10], sink.Rejected.Select(r => r.LineNumber));
        Assert.All(sink.Rejected, r => Assert.EndsWith("MSGTRK2024012515-1.LOG", r.File, StringComparison.Ordinal));
        Assert.Equal([null, "date-time", "total-bytes", "event-id"], sink.Rejected.Select(r => r.Field));
        Assert.Equal("3 fields where the #Fields line lists 30", sink.Rejected[0].Reason);
        Assert.Contains("'25/01/2024 15:16' is not an ISO 8601 date-time", sink.Rejected[1].ToString(), StringComparison.Ordinal);
        Assert.Contains("field 'total-bytes': '12kB' is not a whole number of bytes", sink.Rejected[2].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MinimalFieldsLine_ReadsRowsWithOnlyDateTimeAndEventId()
    {
        var sink = new RecordingSink();
        var text = "#Software: Microsoft Exchange Server\n#Log-type: Message Tracking Log\n#Fields: date-time,event-id\n";
        var path = _directory.Write("MSGTRK2024012515-1.LOG", text + "2024-01-25T15:16:09.949Z,RECEIVE\n");

        TestFiles.ReadFile(path, sink);

        Assert.Equal("RECEIVE", Assert.Single(sink.Events).Event.EventId);
        Assert.Empty(sink.Rejected);
    }

    [Fact]
    public void Read_DateTimeWithOffset_ConvertsToUtc()
    {
        var sink = new RecordingSink();
        var text = MsgtrkText.Header() + MsgtrkText.Row(dateTime: "2024-01-25T17:16:09.949+02:00") + "\r\n";

        TestFiles.ReadText(_directory, text, sink);

        var timestamp = Assert.Single(sink.Events).Event.Timestamp;
        Assert.Equal(new DateTime(2024, 1, 25, 15, 16, 9, 949, DateTimeKind.Utc), timestamp);
        Assert.Equal(DateTimeKind.Utc, timestamp.Kind);
    }

    [Fact]
    public void Read_EmptyFileOrUnfinishedHeader_ReadsNothingAndWaits()
    {
        var empty = _directory.Write("MSGTRK2024012515-1.LOG", "");
        var partial = _directory.Write("MSGTRK2024012515-2.LOG", "#Software: Microsoft Exchange Server\r\n#Vers");

        var emptyResult = TestFiles.ReadFile(empty, new RecordingSink());
        var partialResult = TestFiles.ReadFile(partial, new RecordingSink());

        Assert.Equal(TrackingLogPosition.Start, emptyResult.End);
        Assert.Equal(TrackingLogPosition.Start, partialResult.End);
        Assert.Equal(0, partialResult.Events);
    }

    [Fact]
    public void Read_HeaderOnly_EndsAfterTheHeader()
    {
        var sink = new RecordingSink();
        var header = MsgtrkText.Header();

        var result = TestFiles.ReadText(_directory, header, sink);

        Assert.Empty(sink.Events);
        Assert.Equal(header.Length, result.End.Offset);
        Assert.Equal(5, result.End.LineNumber);
        Assert.NotNull(result.End.Header);
    }

    [Fact]
    public void Read_PositionBeyondTheEnd_Throws()
    {
        var path = _directory.Write("MSGTRK2024012515-1.LOG", MsgtrkText.Header());

        var error = Assert.Throws<ArgumentException>(() => TestFiles.ReadFile(path, new RecordingSink(), new TrackingLogPosition(100_000, 10, null)));

        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Cancelled_Throws()
    {
        var path = _directory.Write("MSGTRK2024012515-1.LOG", MsgtrkText.Header() + MsgtrkText.Row() + "\r\n");
        using var stream = File.OpenRead(path);

        Assert.Throws<OperationCanceledException>(() =>
            TrackingLogReader.Read(path, stream, TrackingLogPosition.Start, new RecordingSink(), cancellationToken: new CancellationToken(canceled: true)));
    }
}
