using System.Text;
using MailWarden.Core.Tracking;
using MailWarden.Tracking.Msgtrk;
using MailWarden.Tracking.Reading;
using MailWarden.Tracking.Tests.Support;

namespace MailWarden.Tracking.Tests.Reading;

/// <summary>A file read while it grows by arbitrary byte counts yields exactly what one read of the whole file yields.</summary>
public sealed class IncrementalReadTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private static byte[] LogWithMultiLineRows(int rows)
    {
        var text = new StringBuilder();
        MsgtrkWriter.AppendHeader(text, new DateTime(2024, 1, 25, 0, 0, 0, DateTimeKind.Utc));
        for (var i = 0; i < rows; i++)
        {
            MsgtrkWriter.AppendRow(text, new TrackingEvent
            {
                Timestamp = new DateTime(2024, 1, 25, 0, 0, 0, DateTimeKind.Utc).AddSeconds(i),
                EventId = i % 3 == 0 ? "RECEIVE" : "DELIVER",
                MessageId = $"<{i}@example.com>",
                MessageSubject = i % 4 == 0 ? $"multi\r\nline, \"{i}\"\nsubject" : $"plain {i} – ünïcode",
                RecipientAddress = "a@example.com;b@example.com",
            });
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Read_FileGrowingInRandomSlices_MatchesOneWholeRead(int seed)
    {
        var content = LogWithMultiLineRows(3_000);
        var whole = new RecordingSink();
        TestFiles.ReadFile(_directory.WriteBytes("whole.LOG", content), whole);
        var path = _directory.WriteBytes("growing.LOG", []);
        var growing = new RecordingSink();
        var position = TrackingLogPosition.Start;
        var random = new Random(seed);

        for (var written = 0; written < content.Length;)
        {
            var slice = Math.Min(content.Length - written, random.Next(1, 6_000));
            using (var file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite))
            {
                file.Write(content, written, slice);
            }
            written += slice;
            position = TestFiles.ReadFile(path, growing, position).End;
        }

        Assert.Empty(growing.Rejected);
        Assert.Equal(3_000, whole.Events.Count);
        Assert.Equal(whole.Events.Select(e => (e.Event.MessageId, e.Event.MessageSubject, e.Line)),
            growing.Events.Select(e => (e.Event.MessageId, e.Event.MessageSubject, e.Line)));
        Assert.Equal(content.Length, position.Offset);
        Assert.Equal(content.Count(b => b == '\n'), position.LineNumber);
    }
}
