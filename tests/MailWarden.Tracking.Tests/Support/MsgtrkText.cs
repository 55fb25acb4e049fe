using MailWarden.Core.Tracking;

namespace MailWarden.Tracking.Tests.Support;

/// <summary>Builds small MSGTRK files by hand, as Exchange 2016 writes them.</summary>
public static class MsgtrkText
{
    public static string Header(string newLine = "\r\n", IEnumerable<string>? fields = null) =>
        "#Software: Microsoft Exchange Server" + newLine +
        "#Version: 15.01.2507.039" + newLine +
        "#Log-type: Message Tracking Log" + newLine +
        "#Date: 2024-01-25T15:00:00.000Z" + newLine +
        FieldsLine(fields ?? MsgtrkFieldNames.Exchange2016) + newLine;

    public static string FieldsLine(IEnumerable<string> fields) => "#Fields: " + string.Join(',', fields);

    /// <summary>A 30-field row; <paramref name="overrides"/> replace raw (already quoted) values by field name.</summary>
    public static string Row(string eventId = "RECEIVE", string dateTime = "2024-01-25T15:16:09.949Z", params (string Field, string Raw)[] overrides)
    {
        var values = new Dictionary<string, string>
        {
            [MsgtrkFieldNames.DateTime] = dateTime,
            [MsgtrkFieldNames.ClientIp] = "10.11.12.14",
            [MsgtrkFieldNames.ServerHostname] = "EX01",
            [MsgtrkFieldNames.SourceContext] = "\"08DC1DB12C345BE5;2024-01-25T15:16:09.544Z;0, extra\"",
            [MsgtrkFieldNames.Source] = "SMTP",
            [MsgtrkFieldNames.EventId] = eventId,
            [MsgtrkFieldNames.InternalMessageId] = "70912345566403",
            [MsgtrkFieldNames.MessageId] = "<a@example.com>",
            [MsgtrkFieldNames.RecipientAddress] = "a@example.com;b@example.com",
            [MsgtrkFieldNames.RecipientStatus] = "250 2.1.5 Recipient OK;250 2.1.5 Recipient OK",
            [MsgtrkFieldNames.TotalBytes] = "7229",
            [MsgtrkFieldNames.RecipientCount] = "2",
            [MsgtrkFieldNames.MessageSubject] = "Hello",
            [MsgtrkFieldNames.SenderAddress] = "root@example.com",
            [MsgtrkFieldNames.SchemaVersion] = "15.01.2507.039",
        };
        foreach (var (field, raw) in overrides)
        {
            values[field] = raw;
        }
        return string.Join(',', MsgtrkFieldNames.Exchange2016.Select(f => values.GetValueOrDefault(f, "")));
    }
}
