using MailWarden.Core.Tracking;
using MailWarden.Tracking.Msgtrk;
using MailWarden.Tracking.Tests.Support;

namespace MailWarden.Tracking.Tests.Msgtrk;

public sealed class MsgtrkFileWriterTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2024, 1, 25, 15, 59, 0, TimeSpan.Zero));

    public void Dispose() => _directory.Dispose();

    private static TrackingEvent Event(string eventId, string? subject = null) => new()
    {
        Timestamp = new DateTime(2024, 1, 25, 15, 16, 9, 949, DateTimeKind.Utc),
        EventId = eventId,
        MessageSubject = subject,
    };

    private MsgtrkFileWriter Writer(string prefix = "", long maxFileSize = 10_485_760) =>
        new(new MsgtrkFileWriterOptions { Folder = _directory.Path, Prefix = prefix, MaxFileSize = maxFileSize }, _clock);

    private List<string> Read(string name)
    {
        var sink = new RecordingSink();
        TestFiles.ReadFile(Path.Combine(_directory.Path, name), sink);
        Assert.Empty(sink.Rejected);
        return [.. sink.Events.Select(e => e.Event.EventId)];
    }

    [Fact]
    public async Task WriteAsync_Events_AppendsToTheHourlyFileWithOneHeader()
    {
        await using (var writer = Writer("MS"))
        {
            await writer.WriteAsync(Event("RECEIVE"));
            await writer.WriteAsync([Event("SUBMIT"), Event("SEND")]);
            Assert.EndsWith("MSGTRKMS2024012515-1.LOG", writer.CurrentPath, StringComparison.Ordinal);
        }

        Assert.Equal(["RECEIVE", "SUBMIT", "SEND"], Read("MSGTRKMS2024012515-1.LOG"));
        var text = await File.ReadAllTextAsync(Path.Combine(_directory.Path, "MSGTRKMS2024012515-1.LOG"));
        Assert.Equal(1, text.Split("#Fields: ").Length - 1);
    }

    [Fact]
    public async Task WriteAsync_NextHour_StartsANewFile()
    {
        await using var writer = Writer();

        await writer.WriteAsync(Event("RECEIVE"));
        _clock.Now = _clock.Now.AddMinutes(2);
        await writer.WriteAsync(Event("DELIVER"));

        Assert.Equal(["RECEIVE"], Read("MSGTRK2024012515-1.LOG"));
        Assert.Equal(["DELIVER"], Read("MSGTRK2024012516-1.LOG"));
    }

    [Fact]
    public async Task WriteAsync_OverTheSizeLimit_RollsOverToTheNextNumberWithoutSplittingRows()
    {
        await using var writer = Writer(maxFileSize: 1_000);

        for (var i = 0; i < 10; i++)
        {
            await writer.WriteAsync(Event("RECEIVE", new string('s', 200)));
        }

        var files = Directory.GetFiles(_directory.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count > 1);
        Assert.Equal(files.Count, files.Distinct().Count());
        Assert.All(files, f => Assert.True(new FileInfo(Path.Combine(_directory.Path, f!)).Length <= 1_000));
        Assert.Equal(10, files.Sum(f => Read(f!).Count));
        Assert.Contains("MSGTRK2024012515-2.LOG", files);
    }

    [Fact]
    public async Task WriteAsync_NewWriterOnAnExistingFile_AppendsWithoutASecondHeader()
    {
        await using (var first = Writer())
        {
            await first.WriteAsync(Event("RECEIVE"));
        }
        await using (var second = Writer())
        {
            await second.WriteAsync(Event("DELIVER"));
        }

        Assert.Equal(["RECEIVE", "DELIVER"], Read("MSGTRK2024012515-1.LOG"));
    }

    [Fact]
    public async Task WriteAsync_ExistingFileWithHalfWrittenLastLine_StartsTheNextFile()
    {
        _directory.Write("MSGTRK2024012515-1.LOG", MsgtrkText.Header() + "2024-01-25T15:16:09.949Z,,,");
        await using var writer = Writer();

        await writer.WriteAsync(Event("DELIVER"));

        Assert.EndsWith("MSGTRK2024012515-2.LOG", writer.CurrentPath, StringComparison.Ordinal);
        Assert.Equal(["DELIVER"], Read("MSGTRK2024012515-2.LOG"));
    }

    [Fact]
    public async Task WriteAsync_ConcurrentCallers_WriteWholeRows()
    {
        await using var writer = Writer();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            for (var j = 0; j < 50; j++)
            {
                await writer.WriteAsync(Event($"E{i}", $"subject, with \"quotes\" {j}\r\nand a line"));
            }
        })));

        var events = Read("MSGTRK2024012515-1.LOG");
        Assert.Equal(400, events.Count);
        Assert.All(Enumerable.Range(0, 8), i => Assert.Equal(50, events.Count(e => e == $"E{i}")));
    }

    [Fact]
    public void Constructor_PrefixWithPathCharacters_Throws()
    {
        Assert.Throws<ArgumentException>(() => Writer("../x"));
    }
}
