using System.Globalization;
using MailWarden.Core.Tracking;
using MailWarden.Tracking.Msgtrk;

namespace MailWarden.IntegrationTests.Infrastructure;

/// <summary>Writes MSGTRK files for the end-to-end tests with the product's own writer.</summary>
public static class LogFiles
{
    /// <summary>A RECEIVE event whose log-id is its number, so that a test can count distinct rows in the store.</summary>
    public static TrackingEvent Receive(int number, string server = "EX01") => new()
    {
        Timestamp = new DateTime(2026, 11, 2, 8, 0, 0, DateTimeKind.Utc).AddSeconds(number),
        ClientIp = "192.0.2.10",
        ServerHostname = server,
        Source = "SMTP",
        EventId = TrackingEventIds.Receive,
        MessageId = $"<m{number}@example.org>",
        RecipientAddress = "a@contoso.com;b@contoso.com",
        RecipientStatus = "To;Cc",
        TotalBytes = 1_000 + number,
        RecipientCount = 2,
        MessageSubject = $"Report, \"quoted\"; number {number.ToString(CultureInfo.InvariantCulture)}",
        SenderAddress = $"sender{number % 7}@example.org",
        LogId = number.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Writes a complete MSGTRK file (header and rows <paramref name="first"/> to <paramref name="first"/>+<paramref name="count"/>-1).</summary>
    public static void Write(string path, int first, int count, string server = "EX01")
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.ReadWrite);
        using var writer = new MsgtrkWriter(stream);
        writer.WriteHeader(new DateTime(2026, 11, 2, 8, 0, 0, DateTimeKind.Utc));
        for (var i = first; i < first + count; i++)
        {
            writer.Write(Receive(i, server));
        }
    }

    /// <summary>Appends rows to an existing MSGTRK file, as Exchange does while the file is open.</summary>
    public static void Append(string path, int first, int count, string server = "EX01")
    {
        using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
        using var writer = new MsgtrkWriter(stream);
        for (var i = first; i < first + count; i++)
        {
            writer.Write(Receive(i, server));
        }
    }
}
