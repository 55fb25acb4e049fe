using System.Text;
using CsCheck;
using MailWarden.Core.Tracking;
using MailWarden.Tracking.Msgtrk;
using MailWarden.Tracking.Reading;
using MailWarden.Tracking.Tests.Support;

namespace MailWarden.Tracking.Tests.Reading;

/// <summary>
/// <see cref="TrackingLogReader.ReadColumnar"/> reports exactly what <see cref="TrackingLogReader.Read"/> reports: the
/// same events on the same lines, the same rejections, the same end positions, on random and hostile files read whole
/// and cut at any byte.
/// </summary>
public sealed class ColumnarReadTests
{
    private static readonly Gen<string> Text = Gen
        .OneOfConst("a", "Z", "7", ",", " ", "\"", "\"\"", ";", "\r", "\n", "\r\n", "é", "日本", "😀", "#", "\t", "'", "<>", "=")
        .Array[1, 8]
        .Select(parts => string.Concat(parts));

    private static readonly Gen<string?> OptionalText = Text.Null(0.3);

    private static readonly Gen<TrackingEvent> Events = RandomTrackingEvents.Create(Text, OptionalText, OptionalText);

    /// <summary>Lines no writer of ours produces: each must be rejected, skipped or read exactly as the general reader does.</summary>
    private static readonly byte[][] Hostile =
    [
        .. new[]
        {
            "\r\n", "\n", "\r\r\n", " \r\n",
            MsgtrkText.Row(dateTime: "2024-13-01T00:00:00.000Z"),
            MsgtrkText.Row(dateTime: "2024-01-25T16:16:09.949+01:00"),
            MsgtrkText.Row(dateTime: "2024-01-25T15:16:09Z"),
            MsgtrkText.Row(dateTime: "2024-01-25T15:16:09.1234567Z"),
            MsgtrkText.Row(dateTime: "2024-01-25T15:16:09.12345678Z"),
            MsgtrkText.Row(dateTime: "\"2024-01-25T15:16:09.949Z\""),
            MsgtrkText.Row(dateTime: ""),
            MsgtrkText.Row(eventId: ""),
            MsgtrkText.Row(eventId: "\"\""),
            MsgtrkText.Row(overrides: (MsgtrkFieldNames.TotalBytes, "-5")),
            MsgtrkText.Row(overrides: (MsgtrkFieldNames.TotalBytes, " 5")),
            MsgtrkText.Row(overrides: (MsgtrkFieldNames.TotalBytes, "12a")),
            MsgtrkText.Row(overrides: (MsgtrkFieldNames.TotalBytes, "12\0")),
            MsgtrkText.Row(overrides: (MsgtrkFieldNames.TotalBytes, "9223372036854775807")),
            MsgtrkText.Row(overrides: (MsgtrkFieldNames.TotalBytes, "9223372036854775808")),
            MsgtrkText.Row(overrides: (MsgtrkFieldNames.TotalBytes, "99999999999999999999")),
            MsgtrkText.Row(overrides: (MsgtrkFieldNames.TotalBytes, "\"42\"")),
            MsgtrkText.Row(overrides: (MsgtrkFieldNames.RecipientCount, "2147483648")),
            MsgtrkText.Row(overrides: (MsgtrkFieldNames.RecipientCount, "007")),
            MsgtrkText.Row(overrides: (MsgtrkFieldNames.MessageSubject, "a\"b")),
            MsgtrkText.Row(overrides: (MsgtrkFieldNames.MessageSubject, "\"ab\"cd")),
            MsgtrkText.Row(overrides: (MsgtrkFieldNames.MessageSubject, "\"ab\" ")),
            MsgtrkText.Row(overrides: (MsgtrkFieldNames.MessageSubject, "\"a\r\nb\"\"c\rd\"")),
            MsgtrkText.Row(overrides: (MsgtrkFieldNames.MessageSubject, "ab\rcd")),
            MsgtrkText.Row(overrides: (MsgtrkFieldNames.MessageSubject, "\"unterminated")),
            MsgtrkText.Row(overrides: (MsgtrkFieldNames.MessageSubject, "x,y")),
            MsgtrkText.Row(overrides: (MsgtrkFieldNames.SchemaVersion, "15.01\r")),
            MsgtrkText.Row()[..^3],
            MsgtrkText.FieldsLine([.. MsgtrkFieldNames.Exchange2016, "x-custom", "X-Other"]),
            MsgtrkText.Row() + ",\"custom, value\",",
            MsgtrkText.Row() + ",,other",
            MsgtrkText.FieldsLine(["foo", "bar"]),
            MsgtrkText.FieldsLine(MsgtrkFieldNames.Exchange2016.Reverse()),
            MsgtrkText.FieldsLine(MsgtrkFieldNames.Exchange2016),
            "#Software: x",
            "#\u0001",
            "\"#Fields: a\"",
            "\uFEFF" + MsgtrkText.Row(),
        }.Select(line => Encoding.UTF8.GetBytes(line.EndsWith('\n') ? line : line + "\r\n")),
        [.. Encoding.UTF8.GetBytes(MsgtrkText.Row(overrides: (MsgtrkFieldNames.MessageSubject, "bad"))), 0xC3, 0x28, (byte)'\r', (byte)'\n'],
        [.. Encoding.UTF8.GetBytes(MsgtrkText.Row()), 0xFF, (byte)'\n'],
        [0xFF, 0xFE, .. Encoding.UTF8.GetBytes(MsgtrkText.Row()), (byte)'\n'],
        [.. Encoding.UTF8.GetBytes(MsgtrkText.Row(overrides: (MsgtrkFieldNames.MessageSubject, "\"x"))), 0xE6, 0x97, (byte)'"', (byte)'\n'],
    ];

    private static readonly Gen<byte[]> Files =
        from header in Gen.Bool
        from parts in Gen.OneOf(Events.Select(Row), Gen.OneOfConst(Hostile)).Array[1, 25]
        select (byte[])[.. header ? Encoding.UTF8.GetBytes(MsgtrkText.Header()) : [], .. parts.SelectMany(p => p)];

    [Fact]
    public void ReadColumnar_RandomFilesWithHostileLines_SameAsRead()
    {
        var decoded = 0;
        Files.Sample(content =>
        {
            decoded += ReaderComparison.AssertSameWhenCut(content, content.Length);
            decoded += ReaderComparison.AssertSameWhenCut(content, content.Length / 2);
        }, iter: 400);
        Assert.True(decoded > 1_000, $"only {decoded} rows went through the columnar decoder");
    }

    [Fact]
    public void ReadColumnar_RandomFilesWithShortRecordLimit_SameAsRead()
    {
        var limits = new MsgtrkLimits { MaxRecordLength = 300 };
        Files.Sample(content => ReaderComparison.AssertSameWhenCut(content, content.Length, limits), iter: 200);
    }

    [Fact]
    public void ReadColumnar_WriterOutputCutAtEveryByte_SameAsRead()
    {
        Gen.OneOf(Events.Select(Row), Gen.OneOfConst(Hostile)).Array[12].Sample(parts =>
        {
            byte[] content = [.. Encoding.UTF8.GetBytes(MsgtrkText.Header()), .. parts.SelectMany(p => p)];
            for (var cut = 0; cut <= content.Length; cut++)
            {
                ReaderComparison.AssertSameWhenCut(content, cut);
            }
        }, iter: 2, threads: 1);
    }

    [Fact]
    public void ReadColumnar_EverySharedSampleCutAtEveryByte_SameAsRead()
    {
        var samples = Directory.GetFiles(TestFiles.SharedMsgtrk, "*.log", SearchOption.AllDirectories);
        Assert.NotEmpty(samples);
        var decoded = 0;
        foreach (var sample in samples)
        {
            var content = File.ReadAllBytes(sample);
            for (var cut = 0; cut <= content.Length; cut++)
            {
                decoded += ReaderComparison.AssertSameWhenCut(content, cut);
            }
        }
        Assert.True(decoded > 0);
    }

    [Fact]
    public void ReadColumnar_WellFormedFile_DecodesEveryRowItself() =>
        Events.Array[200].Sample(rows =>
        {
            byte[] content = [.. Encoding.UTF8.GetBytes(MsgtrkText.Header()), .. rows.SelectMany(Row)];
            var transcript = new ReadTranscript();

            var result = TrackingLogReader.ReadColumnar(ReaderComparison.Path, new MemoryStream(content), TrackingLogPosition.Start, transcript);

            Assert.Equal(200, result.Events);
            Assert.Equal(200, transcript.Decoded);
        }, iter: 5);

    private static byte[] Row(TrackingEvent trackingEvent)
    {
        var row = new StringBuilder();
        MsgtrkWriter.AppendRow(row, trackingEvent);
        return Encoding.UTF8.GetBytes(row.ToString());
    }
}
