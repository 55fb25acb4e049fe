using System.Text;
using CsCheck;
using MailWarden.Core.Tracking;
using MailWarden.Tracking.Msgtrk;
using MailWarden.Tracking.Reading;
using MailWarden.Tracking.Tests.Support;

namespace MailWarden.Tracking.Tests.Msgtrk;

/// <summary>What <see cref="MsgtrkWriter"/> writes, <see cref="TrackingLogReader"/> reads back to the same values.</summary>
public sealed class MsgtrkRoundTripTests : IDisposable
{
    private static readonly Gen<string> Text = Gen
        .OneOfConst("a", "Z", "7", ",", " ", "\"", ";", "\r", "\n", "\r\n", "é", "日本", "😀", "#", "\t", "'", "<>", "=")
        .Array[1, 8]
        .Select(parts => string.Concat(parts));

    private static readonly Gen<string?> OptionalText = Text.Null(0.3);

    // Elements of recipient-address, recipient-status and reference never contain the ';' that joins them.
    private static readonly Gen<string?> MultiValued = Text.Select(t => t.Replace(';', '_')).Array[1, 4]
        .Select(values => TrackingEvent.Join(values)!)
        .Null(0.3);

    private static readonly Gen<TrackingEvent> Events = RandomTrackingEvents.Create(Text, OptionalText, MultiValued);

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void WriteThenRead_RandomEvents_ReadBackEqualOnTheirPhysicalLines()
    {
        var file = 0;
        Events.Array[1, 20].Sample(written =>
        {
            var path = Path.Combine(_directory.Path, $"MSGTRK20240125{file++ % 24:00}-1.LOG");
            using (var stream = File.Create(path))
            using (var writer = new MsgtrkWriter(stream))
            {
                writer.WriteHeader(new DateTime(2024, 1, 25, 0, 0, 0, DateTimeKind.Utc));
                foreach (var e in written)
                {
                    writer.Write(e);
                }
            }
            var sink = new RecordingSink();

            var result = TestFiles.ReadFile(path, sink);

            Assert.Empty(sink.Rejected);
            Assert.Equal(written, sink.Events.Select(e => e.Event with { ExtraFields = written[0].ExtraFields }));
            Assert.Equal(ExpectedLines(written), sink.Events.Select(e => e.Line));
            Assert.Equal(new FileInfo(path).Length, result.End.Offset);
            File.Delete(path);
        }, iter: 300);
    }

    private static IEnumerable<long> ExpectedLines(TrackingEvent[] events)
    {
        long line = 6;
        foreach (var e in events)
        {
            yield return line;
            var row = new StringBuilder();
            MsgtrkWriter.AppendRow(row, e);
            line += row.ToString().Count(c => c == '\n');
        }
    }
}
