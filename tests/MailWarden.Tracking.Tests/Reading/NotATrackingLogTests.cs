using MailWarden.Tracking.Reading;
using MailWarden.Tracking.Tests.Support;

namespace MailWarden.Tracking.Tests.Reading;

public sealed class NotATrackingLogTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    public static TheoryData<string, string> NotLogs => new()
    {
        {
            "#Software: Microsoft Exchange Server\r\n#Version: 15.01.2507.039\r\n#Log-type: SMTP Receive Protocol Log\r\n#Date: 2024-01-25T15:00:00.000Z\r\n#Fields: date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,context\r\n",
            "its #Log-type is 'SMTP Receive Protocol Log'"
        },
        { "Dear diary,\ntoday I copied the wrong file.\n", "it has no header and its first line is not an Exchange 2016/2019 row" },
        { "#Fields: date,time,cs-method\n", "its #Fields line lacks date-time or event-id" },
        { "{\"name\":\"not a trace\"}\n", "it is JSON without" },
    };

    [Theory]
    [MemberData(nameof(NotLogs))]
    public void Read_NotATrackingLog_IsRefusedWithPathAndReason(string text, string reason)
    {
        var path = _directory.Write("notes.LOG", text);

        var error = Assert.Throws<NotATrackingLogException>(() => TestFiles.ReadFile(path, new RecordingSink()));

        Assert.StartsWith($"{path} is not a message tracking log: {reason}", error.Message, StringComparison.Ordinal);
        Assert.Equal(path, error.Path);
    }

    [Fact]
    public void Read_BinaryFile_IsRefused()
    {
        var bytes = new byte[100_000];
        new Random(7).NextBytes(bytes);
        bytes[0] = 0x50;
        var path = _directory.WriteBytes("archive.zip", bytes);

        Assert.Throws<NotATrackingLogException>(() => TestFiles.ReadFile(path, new RecordingSink()));
    }

    [Fact]
    public void DetectFormat_Heads_AreRecognised()
    {
        Assert.Equal(TrackingLogFormat.Msgtrk, TrackingLogReader.DetectFormat(System.Text.Encoding.UTF8.GetBytes(MsgtrkText.Header())));
        Assert.Equal(TrackingLogFormat.Msgtrk, TrackingLogReader.DetectFormat(System.Text.Encoding.UTF8.GetBytes(MsgtrkText.Row() + "\n")));
        Assert.Equal(TrackingLogFormat.Exchange2003, TrackingLogReader.DetectFormat("# Message Tracking Log File\r\n"u8));
        Assert.Equal(TrackingLogFormat.ExchangeOnlineJson, TrackingLogReader.DetectFormat("\uFEFF[{\"MessageTraceId\":\"x\"}]"u8));
        Assert.Equal(TrackingLogFormat.PowerShellCsv, TrackingLogReader.DetectFormat("#TYPE X\r\n\"Timestamp\",\"EventId\"\r\n"u8));
        Assert.Equal(TrackingLogFormat.ExchangeOnlineCsv, TrackingLogReader.DetectFormat("Received,SenderAddress,Status\n"u8));
        Assert.Null(TrackingLogReader.DetectFormat("hello\n"u8));
        Assert.Null(TrackingLogReader.DetectFormat(ReadOnlySpan<byte>.Empty));
    }

    [Fact]
    public void DetectFormat_HeadsWhoseDecidingLineLiesBeyondTheFirstLines_AreRecognisedFromTheWholeHead()
    {
        // Detection looks at the complete lines of the first 4 KB first; these need the rest of the head.
        var longComments = string.Concat(Enumerable.Repeat("#Software: padding to push the fields line past the first look\r\n", 80));
        var header = MsgtrkText.Header();
        Assert.Equal(TrackingLogFormat.Msgtrk, DetectFormat(longComments + header + MsgtrkText.Row() + "\n"));
        Assert.Null(DetectFormat(longComments + "#Log-type: Something Else Log\r\n" + header));
        Assert.Equal(TrackingLogFormat.ExchangeOnlineJson, DetectFormat("[" + new string(' ', 5_000) + "{\"MessageTraceId\":\"x\"}]"));
        Assert.Equal(TrackingLogFormat.PowerShellCsv, DetectFormat("#TYPE " + new string('X', 5_000) + "\r\n\"Timestamp\",\"EventId\"\r\n"));
        Assert.Null(DetectFormat(new string('\n', 5_000) + "\"Timestamp\",\"EventId\"\r\n")); // blank first lines are not a CSV header
        Assert.Null(DetectFormat(new string(' ', 5_000) + "hello\n"));
    }

    private static TrackingLogFormat? DetectFormat(string head) => TrackingLogReader.DetectFormat(System.Text.Encoding.UTF8.GetBytes(head));
}
