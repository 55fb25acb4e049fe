using System.Text;
using MailWarden.Core.Tracking;
using MailWarden.Tracking.Msgtrk;
using MailWarden.Tracking.Reading;

namespace MailWarden.Tracking.Tests.Msgtrk;

public sealed class MsgtrkWriterTests
{
    private static readonly TrackingEvent Sample = new()
    {
        Timestamp = new DateTime(2024, 1, 25, 15, 16, 9, 949, DateTimeKind.Utc),
        EventId = "RECEIVE",
        Source = "SMTP",
        SourceContext = "08DC;250 2.0.0 OK, queued",
        MessageSubject = "He said \"hi\"",
        RecipientAddress = "a@example.com;b@example.com",
        TotalBytes = 7229,
        RecipientCount = 2,
        ConnectorId = " padded",
    };

    private static string Row(TrackingEvent e)
    {
        var text = new StringBuilder();
        MsgtrkWriter.AppendRow(text, e);
        return text.ToString();
    }

    [Fact]
    public void AppendRow_Event_Writes30FieldsQuotingOnlyWhatNeedsIt()
    {
        var row = Row(Sample);

        Assert.Equal(
            "2024-01-25T15:16:09.949Z,,,,,\"08DC;250 2.0.0 OK, queued\",\" padded\",SMTP,RECEIVE,,,,a@example.com;b@example.com,,7229,2,,,\"He said \"\"hi\"\"\",,,,,,,,,,,\r\n",
            row);
    }

    [Fact]
    public void AppendRow_LocalTime_IsWrittenInUtc()
    {
        var local = new DateTime(2024, 1, 25, 15, 16, 9, 949, DateTimeKind.Utc).ToLocalTime();

        var row = Row(Sample with { Timestamp = local });

        Assert.StartsWith("2024-01-25T15:16:09.949Z,", row, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteHeader_Stream_WritesUtf8WithoutBomAndTheFieldsOfExchange2016()
    {
        using var stream = new MemoryStream();
        using (var writer = new MsgtrkWriter(stream, leaveOpen: true))
        {
            writer.WriteHeader(new DateTime(2024, 1, 25, 15, 0, 0, DateTimeKind.Utc));
            writer.Write(Sample with { MessageSubject = "Grüße" });
        }
        var bytes = stream.ToArray();
        var text = Encoding.UTF8.GetString(bytes);

        Assert.Equal((byte)'#', bytes[0]);
        Assert.StartsWith("#Software: MailWarden\r\n#Version: ", text, StringComparison.Ordinal);
        Assert.Contains("\r\n#Log-type: Message Tracking Log\r\n#Date: 2024-01-25T15:00:00.000Z\r\n", text, StringComparison.Ordinal);
        Assert.Contains("#Fields: " + string.Join(',', MsgtrkFieldNames.Exchange2016) + "\r\n", text, StringComparison.Ordinal);
        Assert.Contains(",Grüße,", text, StringComparison.Ordinal);
        Assert.Equal(TrackingLogFormat.Msgtrk, TrackingLogReader.DetectFormat(bytes));
    }
}
