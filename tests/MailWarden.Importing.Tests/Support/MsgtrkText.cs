using System.Text;
using MailWarden.Core.Tracking;
using MailWarden.Tracking.Msgtrk;

namespace MailWarden.Importing.Tests.Support;

/// <summary>MSGTRK text for tests, written with the product's own writer.</summary>
public static class MsgtrkText
{
    public static readonly DateTime Start = new(2024, 3, 1, 8, 0, 0, DateTimeKind.Utc);

    public static TrackingEvent Event(int n, string server = "EXCH01") => new()
    {
        Timestamp = Start.AddSeconds(n),
        ClientIp = $"10.0.0.{n % 250}",
        ServerHostname = server,
        Source = "SMTP",
        EventId = n % 2 == 0 ? TrackingEventIds.Receive : TrackingEventIds.Deliver,
        InternalMessageId = (1000 + n).ToString(System.Globalization.CultureInfo.InvariantCulture),
        MessageId = $"<m{n}@example.com>",
        RecipientAddress = $"rcpt{n % 7}@example.com;other{n % 3}@example.com",
        RecipientStatus = "250 2.1.5 OK;250 2.1.5 OK",
        TotalBytes = 1000 + n,
        RecipientCount = 2,
        MessageSubject = $"Subject, \"{n}\" – é",
        SenderAddress = $"sender{n % 5}@example.com",
    };

    /// <summary>A header and rows <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> - 1.</summary>
    public static string File(int first, int count, string server = "EXCH01") => Header() + Rows(first, count, server);

    public static string Header()
    {
        var text = new StringBuilder();
        MsgtrkWriter.AppendHeader(text, Start);
        return text.ToString();
    }

    public static string Rows(int first, int count, string server = "EXCH01")
    {
        var text = new StringBuilder();
        for (int n = first; n < first + count; n++)
        {
            MsgtrkWriter.AppendRow(text, Event(n, server));
        }
        return text.ToString();
    }

    public static void Write(string path, string text) => System.IO.File.WriteAllText(path, text, new UTF8Encoding(false));

    public static void Append(string path, string text) => System.IO.File.AppendAllText(path, text, new UTF8Encoding(false));
}
