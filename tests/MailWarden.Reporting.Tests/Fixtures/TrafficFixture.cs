using System.Globalization;
using DuckDB.NET.Data;
using MailWarden.Core.Tracking;

namespace MailWarden.Reporting.Tests.Fixtures;

/// <summary>
/// Hand-made tracking events whose report values the tests compute by hand. Seq is the position in
/// <see cref="Events"/> (e1 = seq 1). The window of most tests is [2024-03-04T00:00Z, 2024-03-06T00:00Z),
/// Monday and Tuesday. In it, the sent mail (earliest RECEIVE from SMTP/STOREDRIVER per message) is:
///
///   msg  event time(UTC)        server  sender               subject (trimmed)     size      client IP     rcpt-count
///   M5   e16   03-04 00:00:00   EX1     carol@corp.example   &lt;/td&gt;&lt;script&gt;…   1048600   192.0.2.99    1   (e15 on EDGE1 is before the window)
///   M1   e1    03-04 09:00:00   EX1     alice@corp.example   Quarterly report      10240     192.0.2.10    2   (e4 on EX2 is later: not counted)
///   M2   e7    03-04 10:00:00   EX1     alice@corp.example   Quarterly report      51200     (none)        1   (STOREDRIVER)
///   M3   e9    03-05 08:00:00   EX2     bob@corp.example     (empty)               0         198.51.100.7  1   (no message-id: 42@EX2)
///   M4   e11   03-05 08:30:00   EX1     bob@corp.example     Lunch                 10239     198.51.100.7  1   (no message-id: 42@EX1)
///   M10  e28   03-05 09:15:00   EX2     bob@corp.example     Quarterly report      102400    198.51.100.7  1
///   M6   e19   03-05 12:00:00   EX2     dave@corp.example    Lunch                 5242880   192.0.2.10    2
///   M8   e25   03-05 23:59:59   EX2     eve@partner.example  Big                   10485760  198.51.100.7  1
///
/// Not sent mail: M7 (RECEIVE from AGENT and DSN only), M9 (at 03-06 00:00:00, the exclusive end).
/// </summary>
internal static class TrafficFixture
{
    public const string Ex1 = "EX1.corp.example";
    public const string Ex2 = "EX2.corp.example";
    public const string Edge1 = "EDGE1.corp.example";
    public const string HostileSubject = "</td><script>alert(1)</script>";

    public static readonly DateTimeOffset Start = new(2024, 3, 4, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset End = new(2024, 3, 6, 0, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<TrackingEvent> Events { get; } =
    [
        // M1: logged on EX1 then EX2 (same message-id), delivered twice to bob (second time upper case).
        /* e1 */ Receive("2024-03-04T09:00:00", Ex1, "SMTP", "<m1@corp.example>", "101", "Alice@Corp.example", "  Quarterly report ", 10240, 2, "192.0.2.10", "bob@corp.example;Carol@corp.example"),
        /* e2 */ Other("2024-03-04T09:00:01", Ex1, "AGENTINFO", "AGENT", "<m1@corp.example>", "101", "Alice@Corp.example", "  Quarterly report ", 10240, "bob@corp.example;Carol@corp.example") with
                 { ExtraFields = [new("x-agent-note", "scanned, clean")] },
        /* e3 */ Other("2024-03-04T09:00:02", Ex1, "SEND", "SMTP", "<m1@corp.example>", "101", "Alice@Corp.example", "  Quarterly report ", 10240, "bob@corp.example;Carol@corp.example"),
        /* e4 */ Receive("2024-03-04T09:00:03", Ex2, "SMTP", "<m1@corp.example>", "201", "Alice@Corp.example", "  Quarterly report ", 10300, 2, "10.0.0.1", "bob@corp.example;Carol@corp.example"),
        /* e5 */ Other("2024-03-04T09:00:04", Ex2, "DELIVER", "STOREDRIVER", "<m1@corp.example>", "201", "Alice@Corp.example", "  Quarterly report ", 10300, "bob@corp.example;Carol@corp.example") with
                 { RecipientStatus = "250 2.1.5 OK;250 2.1.5 OK" },
        /* e6 */ Other("2024-03-04T09:00:05", Ex2, "DELIVER", "STOREDRIVER", "<m1@corp.example>", "201", "Alice@Corp.example", "  Quarterly report ", 10300, "BOB@corp.example"),
        // M2: submitted from a mailbox, so no client IP.
        /* e7 */ Receive("2024-03-04T10:00:00", Ex1, "STOREDRIVER", "<m2@corp.example>", "102", "alice@corp.example", "Quarterly report", 51200, 1, null, "dave@corp.example"),
        /* e8 */ Other("2024-03-04T10:00:02", Ex1, "DELIVER", "STOREDRIVER", "<m2@corp.example>", "102", "alice@corp.example", "Quarterly report", 51200, "dave@corp.example"),
        // M3 and M4: no message-id, same internal id on two servers: two messages.
        /* e9 */ Receive("2024-03-05T08:00:00", Ex2, "SMTP", null, "42", "bob@corp.example", null, 0, 1, "198.51.100.7", "alice@corp.example"),
        /* e10 */ Other("2024-03-05T08:00:01", Ex2, "DELIVER", "STOREDRIVER", null, "42", "bob@corp.example", null, 0, "alice@corp.example"),
        /* e11 */ Receive("2024-03-05T08:30:00", Ex1, "SMTP", null, "42", "bob@corp.example", "Lunch", 10239, 1, "198.51.100.7", "All@corp.example"),
        /* e12 */ Expand("2024-03-05T08:30:01", Ex1, null, "42", "bob@corp.example", "Lunch", 10239, "All@corp.example", "alice@corp.example;carol@corp.example;dave@corp.example"),
        /* e13 */ Expand("2024-03-05T08:30:02", Ex1, null, "42", "bob@corp.example", "Lunch", 10239, "all@corp.example", "alice@corp.example;carol@corp.example;dave@corp.example"),
        /* e14 */ Other("2024-03-05T08:30:03", Ex1, "DELIVER", "STOREDRIVER", null, "42", "bob@corp.example", "Lunch", 10239, "alice@corp.example;carol@corp.example;dave@corp.example"),
        // M5: first received on EDGE1 just before the window, then on EX1 at its inclusive start.
        /* e15 */ Receive("2024-03-03T23:59:59", Edge1, "SMTP", "<m5@corp.example>", "501", "carol@corp.example", HostileSubject, 1048576, 1, "203.0.113.5", "sales@corp.example"),
        /* e16 */ Receive("2024-03-04T00:00:00", Ex1, "SMTP", "<m5@corp.example>", "105", "carol@corp.example", HostileSubject, 1048600, 1, "192.0.2.99", "sales@corp.example"),
        /* e17 */ Expand("2024-03-04T00:00:01", Ex1, "<m5@corp.example>", "105", "carol@corp.example", HostileSubject, 1048600, "sales@corp.example", "bob@corp.example;dave@corp.example"),
        /* e18 */ Other("2024-03-04T00:00:02", Ex1, "DELIVER", "STOREDRIVER", "<m5@corp.example>", "105", "carol@corp.example", HostileSubject, 1048600, "bob@corp.example;dave@corp.example"),
        // M6: EXPAND and DELIVER in the same second (ordered by seq).
        /* e19 */ Receive("2024-03-05T12:00:00", Ex2, "SMTP", "<m6@corp.example>", "206", "Dave@Corp.Example", "Lunch ", 5242880, 2, "192.0.2.10", "all@corp.example;Eve@Partner.example"),
        /* e20 */ Expand("2024-03-05T12:00:01", Ex2, "<m6@corp.example>", "206", "Dave@Corp.Example", "Lunch ", 5242880, "all@corp.example", "alice@corp.example;bob@corp.example"),
        /* e21 */ Other("2024-03-05T12:00:01", Ex2, "DELIVER", "STOREDRIVER", "<m6@corp.example>", "206", "Dave@Corp.Example", "Lunch ", 5242880, "alice@corp.example;bob@corp.example"),
        /* e22 */ Other("2024-03-05T12:00:02", Ex2, "SEND", "SMTP", "<m6@corp.example>", "206", "Dave@Corp.Example", "Lunch ", 5242880, "Eve@Partner.example"),
        // M7: RECEIVE from sources that are not sent mail.
        /* e23 */ Receive("2024-03-05T13:00:00", Ex1, "AGENT", "<m7@corp.example>", "107", "eve@partner.example", "Agent resubmit", 100, 1, "192.0.2.50", "alice@corp.example"),
        /* e24 */ Receive("2024-03-05T13:00:01", Ex1, "DSN", "<m7@corp.example>", "107", "eve@partner.example", "Agent resubmit", 200, 1, "192.0.2.50", "alice@corp.example"),
        // M8: the last second of the window.
        /* e25 */ Receive("2024-03-05T23:59:59", Ex2, "SMTP", "<m8@corp.example>", "208", "eve@partner.example", "Big", 10485760, 1, "198.51.100.7", "alice@corp.example"),
        // M9: at the exclusive end of the window.
        /* e26 */ Receive("2024-03-06T00:00:00", Ex1, "SMTP", "<m9@corp.example>", "109", "alice@corp.example", "Late", 100, 1, "192.0.2.10", "bob@corp.example"),
        /* e27 */ Other("2024-03-06T00:00:01", Ex1, "DELIVER", "STOREDRIVER", "<m9@corp.example>", "109", "alice@corp.example", "Late", 100, "bob@corp.example"),
        // M10
        /* e28 */ Receive("2024-03-05T09:15:00", Ex2, "SMTP", "<m10@corp.example>", "210", "Bob@corp.example", "Quarterly report", 102400, 1, "198.51.100.7", "carol@corp.example"),
    ];

    public static Task<DuckDBConnection> OpenAsync() => EventTable.OpenAsync(Events);

    private static TrackingEvent Receive(
        string time, string server, string source, string? messageId, string internalId, string sender, string? subject,
        long size, int recipientCount, string? clientIp, string recipients) =>
        Other(time, server, "RECEIVE", source, messageId, internalId, sender, subject, size, recipients) with
        {
            RecipientCount = recipientCount,
            ClientIp = clientIp,
        };

    private static TrackingEvent Expand(
        string time, string server, string? messageId, string internalId, string sender, string? subject, long size,
        string group, string members) =>
        Other(time, server, "EXPAND", "ROUTING", messageId, internalId, sender, subject, size, members) with
        {
            RelatedRecipientAddress = group,
        };

    private static TrackingEvent Other(
        string time, string server, string eventId, string source, string? messageId, string internalId, string sender,
        string? subject, long size, string recipients) =>
        new()
        {
            Timestamp = DateTime.Parse(time, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
            ServerHostname = server,
            EventId = eventId,
            Source = source,
            MessageId = messageId,
            InternalMessageId = internalId,
            SenderAddress = sender,
            MessageSubject = subject,
            TotalBytes = size,
            RecipientAddress = recipients,
            RecipientCount = TrackingEvent.Split(recipients).Length,
        };
}
