using MailWarden.Tracking.Reading;

namespace MailWarden.Tracking.Tests.Support;

/// <summary>Reads bytes with <see cref="TrackingLogReader.Read"/> and <see cref="TrackingLogReader.ReadColumnar"/> and compares.</summary>
public static class ReaderComparison
{
    public const string Path = "/logs/MSGTRK2024012515-1.LOG";

    /// <summary>
    /// Reads <paramref name="content"/> cut after <paramref name="cut"/> bytes (as a file still being written), then whole
    /// from where that read ended, with both readers; asserts equal transcripts and returns how many rows the
    /// columnar decoder handled itself.
    /// </summary>
    public static int AssertSameWhenCut(byte[] content, int cut, MsgtrkLimits? limits = null)
    {
        var general = new ReadTranscript();
        var columnar = new ReadTranscript();
        ReadTwice(content, cut, general, limits, columnar: false);
        ReadTwice(content, cut, columnar, limits, columnar: true);
        if (!general.Entries.SequenceEqual(columnar.Entries))
        {
            var at = general.Entries.Zip(columnar.Entries).TakeWhile(p => p.First == p.Second).Count();
            Assert.Fail($"cut {cut}: entry {at} differs\nread:     {general.Entries.ElementAtOrDefault(at)}\ncolumnar: {columnar.Entries.ElementAtOrDefault(at)}\n"
                + $"file: {System.Text.Json.JsonSerializer.Serialize(System.Text.Encoding.UTF8.GetString(content))}");
        }
        Assert.Equal(0, general.Decoded);
        return columnar.Decoded;
    }

    private static void ReadTwice(byte[] content, int cut, ReadTranscript transcript, MsgtrkLimits? limits, bool columnar)
    {
        TrackingLogReadResult? first = null;
        try
        {
            first = Read(new MemoryStream(content, 0, cut, writable: false), TrackingLogPosition.Start, transcript, limits, columnar);
            transcript.Ended(first);
            transcript.Ended(Read(new MemoryStream(content, writable: false), first.End, transcript, limits, columnar));
        }
        catch (NotATrackingLogException exception)
        {
            transcript.Entries.Add($"refused {exception.Message}");
        }
    }

    private static TrackingLogReadResult Read(Stream stream, TrackingLogPosition from, ReadTranscript transcript, MsgtrkLimits? limits, bool columnar) =>
        columnar
            ? TrackingLogReader.ReadColumnar(Path, stream, from, transcript, limits)
            : TrackingLogReader.Read(Path, stream, from, transcript, limits);
}
