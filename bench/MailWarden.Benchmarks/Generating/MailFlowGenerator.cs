using System.Globalization;
using MailWarden.Core.Tracking;

namespace MailWarden.Benchmarks.Generating;

/// <summary>
/// Generates the tracking events of realistic mail flows through an <see cref="Organisation"/>, the way
/// Exchange 2016/2019 logs them (see ../shared/data/msgtrk/FORMAT.md, "Typical sequence"): mail submitted from
/// a mailbox (RECEIVE and SUBMIT by STOREDRIVER, SEND, RECEIVE over SMTP on the next server, EXPAND of groups,
/// DELIVER per recipient), mail from the Internet through the Edge (RECEIVE, AGENTINFO, SEND, RECEIVE, DELIVER),
/// mail to the Internet (SEND to the Edge, SENDEXTERNAL), and the occasional DEFER, FAIL with its DSN, REDIRECT,
/// RESOLVE, TRANSFER, DUPLICATEDELIVER and POISONMESSAGE.
/// </summary>
public sealed class MailFlowGenerator(Organisation organisation, int seed, DateTime start, TimeSpan span)
{
    private readonly Random random = new(seed);
    private long internalId = 1_000_000;

    /// <summary>Yields at least <paramref name="eventCount"/> events (whole messages), in order of each message's start.</summary>
    public IEnumerable<GeneratedEvent> Generate(long eventCount)
    {
        var buffer = new List<GeneratedEvent>(64);
        long produced = 0;
        var messages = Math.Max(1, eventCount / 7);
        var step = span.Ticks / messages;
        var time = start;
        for (long message = 0; produced < eventCount; message++)
        {
            time = time.AddTicks(Math.Max(1, step / 2 + random.NextInt64(Math.Max(1, step))));
            buffer.Clear();
            var kind = random.NextDouble();
            if (kind < 0.45)
            {
                Internal(buffer, time, message);
            }
            else if (kind < 0.80)
            {
                Inbound(buffer, time, message);
            }
            else
            {
                Outbound(buffer, time, message);
            }
            foreach (var generated in buffer)
            {
                yield return generated;
            }
            produced += buffer.Count;
        }
    }

    private void Internal(List<GeneratedEvent> events, DateTime time, long number)
    {
        var sender = Pick(organisation.Users);
        var messageId = MessageId(number, sender.Server.Name);
        var subject = Subject();
        var size = Size();
        var recipients = new List<User>();
        Group? group = null;
        if (random.NextDouble() < 0.15)
        {
            group = Pick(organisation.Groups);
        }
        for (var i = 1 + random.Next(random.NextDouble() < 0.8 ? 2 : 8); i > 0; i--)
        {
            recipients.Add(Pick(organisation.Users));
        }
        var allRecipients = recipients.Select(r => r.Address).Concat(group is null ? [] : [group.Address]).Distinct().ToList();
        var source = sender.Server;
        Submission(events, ref time, source, sender.Address, allRecipients, messageId, subject, size);
        var delivered = new List<User>(recipients);
        if (group is not null)
        {
            time = time.AddMilliseconds(20);
            events.Add(new(source, "MSGTRK", Event(time, "EXPAND", "ROUTING", source, messageId, subject, sender.Address, size,
                group.Members.Select(m => m.Address).Distinct(), relatedRecipient: group.Address)));
            delivered.AddRange(group.Members);
        }
        foreach (var byServer in delivered.DistinctBy(u => u.Address).GroupBy(u => u.Server))
        {
            Deliveries(events, ref time, source, byServer.Key, byServer.ToList(), sender.Address, messageId, subject, size);
        }
    }

    private void Inbound(List<GeneratedEvent> events, DateTime time, long number)
    {
        var sender = Pick(organisation.ExternalSenders);
        var messageId = $"<{Guid(number)}@{sender[(sender.IndexOf('@') + 1)..]}>";
        var subject = Subject();
        var size = Size();
        var recipients = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Pick(organisation.Users)).DistinctBy(u => u.Address).ToList();
        var edge = organisation.Edge;
        var clientIp = $"{random.Next(1, 224)}.{random.Next(256)}.{random.Next(256)}.{random.Next(1, 255)}";
        events.Add(new(edge, "MSGTRK", Event(time, "RECEIVE", "SMTP", edge, messageId, subject, sender, size,
            recipients.Select(r => r.Address), clientIp: clientIp, clientHost: $"mail{random.Next(9)}.{sender[(sender.IndexOf('@') + 1)..]}",
            connector: $"{edge.Name}\\Default internal receive connector {edge.Name}",
            sourceContext: $"08D{random.NextInt64():X}, 192.168.1.{random.Next(255)}:25, {clientIp}:{random.Next(1024, 65535)}, SMTPS")));
        time = time.AddMilliseconds(40);
        events.Add(new(edge, "MSGTRK", Event(time, "AGENTINFO", "AGENT", edge, messageId, subject, sender, size,
            recipients.Select(r => r.Address), sourceContext: "Content Filter Agent",
            customData: $"S:CFA=SCL={random.Next(0, 5)};S:CFA=PCL=1;S:SFA=SUM|v=1|action=|sender={sender}")));
        if (random.NextDouble() < 0.03)
        {
            time = time.AddMinutes(1);
            events.Add(new(edge, "MSGTRK", Event(time, "DEFER", "SMTP", edge, messageId, subject, sender, size,
                recipients.Select(r => r.Address), status: "451 4.4.0 Primary target IP address responded with: \"421 4.3.2 Service not available\"")));
            time = time.AddMinutes(5);
        }
        var hub = recipients[0].Server;
        time = time.AddMilliseconds(60);
        events.Add(new(edge, "MSGTRK", Event(time, "SEND", "SMTP", edge, messageId, subject, sender, size,
            recipients.Select(r => r.Address), serverIp: hub.Ip, serverHost: hub.Name, status: "250 2.6.0 Queued mail for delivery")));
        foreach (var byServer in recipients.GroupBy(u => u.Server))
        {
            time = time.AddMilliseconds(30);
            events.Add(new(byServer.Key, "MSGTRK", Event(time, "RECEIVE", "SMTP", byServer.Key, messageId, subject, sender, size,
                byServer.Select(r => r.Address), clientIp: edge.Ip, clientHost: edge.Name,
                connector: $"{byServer.Key.Name}\\Default {byServer.Key.Name}")));
            DeliverTo(events, ref time, byServer.Key, [.. byServer], sender, messageId, subject, size);
        }
    }

    private void Outbound(List<GeneratedEvent> events, DateTime time, long number)
    {
        var sender = Pick(organisation.Users);
        var messageId = MessageId(number, sender.Server.Name);
        var subject = Subject();
        var size = Size();
        var recipients = Enumerable.Range(0, 1 + random.Next(4)).Select(_ => Pick(organisation.ExternalSenders)).Distinct().ToList();
        var source = sender.Server;
        Submission(events, ref time, source, sender.Address, recipients, messageId, subject, size);
        var edge = organisation.Edge;
        time = time.AddMilliseconds(50);
        events.Add(new(source, "MSGTRK", Event(time, "SEND", "SMTP", source, messageId, subject, sender.Address, size, recipients,
            serverIp: edge.Ip, serverHost: edge.Name, status: "250 2.6.0 Queued mail for delivery")));
        time = time.AddMilliseconds(30);
        events.Add(new(edge, "MSGTRK", Event(time, "RECEIVE", "SMTP", edge, messageId, subject, sender.Address, size, recipients,
            clientIp: source.Ip, clientHost: source.Name)));
        time = time.AddMilliseconds(400);
        if (random.NextDouble() < 0.02)
        {
            // The remote side refuses one recipient: FAIL for it, and a DSN back to the sender (a new message).
            events.Add(new(edge, "MSGTRK", Event(time, "FAIL", "SMTP", edge, messageId, subject, sender.Address, size, [recipients[0]],
                status: "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found")));
            var dsnId = MessageId(number + 1_000_000_000, edge.Name);
            time = time.AddMilliseconds(10);
            events.Add(new(edge, "MSGTRK", Event(time, "DSN", "DSN", edge, dsnId, $"Undeliverable: {subject}", $"MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{Organisation.Domain}",
                2_048 + size / 10, [sender.Address], reference: messageId)));
            return;
        }
        events.Add(new(edge, "MSGTRK", Event(time, "SENDEXTERNAL", "SMTP", edge, messageId, subject, sender.Address, size, recipients,
            serverIp: $"203.0.113.{random.Next(1, 255)}", serverHost: $"mx.{recipients[0][(recipients[0].IndexOf('@') + 1)..]}",
            status: "250 2.0.0 OK")));
    }

    private void Submission(List<GeneratedEvent> events, ref DateTime time, Server server, string sender, IEnumerable<string> recipients,
        string messageId, string subject, long size)
    {
        var list = recipients.ToList();
        events.Add(new(server, "MSGTRKMS", Event(time, "RECEIVE", "STOREDRIVER", server, messageId, subject, sender, size, list,
            sourceContext: $"MDB:{Guid(7)}, Mailbox:{Guid(8)}, Event:{random.Next(100_000)}, MessageClass:IPM.Note, CreationTime:{time:yyyy-MM-ddTHH:mm:ss.fffZ}, ClientType:MOMT")));
        time = time.AddMilliseconds(15);
        events.Add(new(server, "MSGTRKMS", Event(time, "SUBMIT", "STOREDRIVER", server, messageId, subject, sender, size, list)));
        time = time.AddMilliseconds(25);
        events.Add(new(server, "MSGTRK", Event(time, "RECEIVE", "SMTP", server, messageId, subject, sender, size, list,
            clientIp: server.Ip, clientHost: server.Name, connector: $"{server.Name}\\Default {server.Name}")));
    }

    private void Deliveries(List<GeneratedEvent> events, ref DateTime time, Server from, Server to, List<User> recipients,
        string sender, string messageId, string subject, long size)
    {
        if (from != to)
        {
            time = time.AddMilliseconds(40);
            events.Add(new(from, "MSGTRK", Event(time, "SEND", "SMTP", from, messageId, subject, sender, size, recipients.Select(r => r.Address),
                serverIp: to.Ip, serverHost: to.Name, status: "250 2.6.0 Queued mail for delivery")));
            time = time.AddMilliseconds(20);
            events.Add(new(to, "MSGTRK", Event(time, "RECEIVE", "SMTP", to, messageId, subject, sender, size, recipients.Select(r => r.Address),
                clientIp: from.Ip, clientHost: from.Name)));
        }
        DeliverTo(events, ref time, to, recipients, sender, messageId, subject, size);
    }

    private void DeliverTo(List<GeneratedEvent> events, ref DateTime time, Server server, List<User> recipients,
        string sender, string messageId, string subject, long size)
    {
        time = time.AddMilliseconds(35);
        var roll = random.NextDouble();
        if (roll < 0.01)
        {
            events.Add(new(server, "MSGTRK", Event(time, "RESOLVE", "ROUTING", server, messageId, subject, sender, size,
                [recipients[0].Address], relatedRecipient: recipients[0].Address.Replace("@", ".alias@", StringComparison.Ordinal))));
        }
        else if (roll < 0.015)
        {
            events.Add(new(server, "MSGTRK", Event(time, "REDIRECT", "ROUTING", server, messageId, subject, sender, size,
                [recipients[0].Address], relatedRecipient: Pick(organisation.Users).Address)));
        }
        else if (roll < 0.02)
        {
            events.Add(new(server, "MSGTRK", Event(time, "TRANSFER", "ROUTING", server, messageId, subject, sender, size,
                recipients.Select(r => r.Address), reference: Internal().ToString(CultureInfo.InvariantCulture))));
        }
        else if (roll < 0.0205)
        {
            events.Add(new(server, "MSGTRK", Event(time, "POISONMESSAGE", "POISONMESSAGE", server, messageId, subject, sender, size,
                recipients.Select(r => r.Address))));
        }
        events.Add(new(server, "MSGTRKMD", Event(time, "DELIVER", "STOREDRIVER", server, messageId, subject, sender, size,
            recipients.Select(r => r.Address), status: string.Join(';', recipients.Select(_ => "250 2.1.5 Recipient OK")),
            messageInfo: $"{time.AddSeconds(-2):yyyy-MM-ddTHH:mm:ss.fffZ};SRV={server.Name}.{Organisation.Domain}:TOTAL-SUB=0.2|SA=0.1")));
        if (random.NextDouble() < 0.005)
        {
            events.Add(new(server, "MSGTRKMD", Event(time.AddMilliseconds(5), "DUPLICATEDELIVER", "STOREDRIVER", server, messageId, subject,
                sender, size, [recipients[0].Address])));
        }
    }

    private TrackingEvent Event(DateTime time, string eventId, string source, Server server, string messageId, string subject,
        string sender, long size, IEnumerable<string> recipients, string? clientIp = null, string? clientHost = null,
        string? serverIp = null, string? serverHost = null, string? connector = null, string? sourceContext = null,
        string? status = null, string? relatedRecipient = null, string? reference = null, string? customData = null,
        string? messageInfo = null)
    {
        var list = recipients.ToList();
        return new TrackingEvent
        {
            Timestamp = time,
            ClientIp = clientIp,
            ClientHostname = clientHost,
            ServerIp = serverIp ?? server.Ip,
            ServerHostname = serverHost ?? server.Name,
            SourceContext = sourceContext,
            ConnectorId = connector,
            Source = source,
            EventId = eventId,
            InternalMessageId = Internal().ToString(CultureInfo.InvariantCulture),
            MessageId = messageId,
            NetworkMessageId = Guid(messageId.GetHashCode(StringComparison.Ordinal)),
            RecipientAddress = TrackingEvent.Join(list),
            RecipientStatus = status ?? (eventId is "RECEIVE" or "SUBMIT" or "EXPAND" ? TrackingEvent.Join(list.Select(_ => "To")) : null),
            TotalBytes = size,
            RecipientCount = list.Count,
            RelatedRecipientAddress = relatedRecipient,
            Reference = reference,
            MessageSubject = subject,
            SenderAddress = sender,
            ReturnPath = sender,
            MessageInfo = messageInfo,
            Directionality = sender.EndsWith(Organisation.Domain, StringComparison.Ordinal) ? "Originating" : "Incoming",
            OriginalClientIp = clientIp,
            OriginalServerIp = server.Ip,
            CustomData = customData ?? "S:DeliveryPriority=Normal;S:AccountForest=contoso.com",
            TransportTrafficType = "Email",
            LogId = Guid(random.Next()),
            SchemaVersion = "15.02.1544.004",
        };
    }

    private string Subject()
    {
        var roll = random.NextDouble();
        return roll switch
        {
            < 0.05 => "",
            < 0.15 => $"RE: {Subjects[random.Next(Subjects.Length)]}",
            < 0.20 => $"\"Urgent\", please read: {Subjects[random.Next(Subjects.Length)]}",
            _ => Subjects[random.Next(Subjects.Length)] + (random.NextDouble() < 0.5 ? $" #{random.Next(5_000)}" : ""),
        };
    }

    // Sizes roughly log-normal around 30 KB with a long tail to 30 MB, like real mailboxes.
    private long Size() => Math.Clamp((long)Math.Exp(10.3 + 1.3 * NextGaussian()), 900, 30L * 1024 * 1024);

    private double NextGaussian() =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private T Pick<T>(IReadOnlyList<T> list) => list[random.Next(list.Count)];

    private long Internal() => ++internalId;

    private static string MessageId(long number, string server) =>
        $"<{Guid(number)}@{server}.{Organisation.Domain}>";

    private static string Guid(long seed)
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, unchecked((ulong)seed * 0x9E3779B97F4A7C15UL));
        BitConverter.TryWriteBytes(bytes[8..], seed ^ 0x5DEECE66DL);
        return new System.Guid(bytes).ToString();
    }

    private static readonly string[] Subjects =
    [
        "Quarterly report", "Meeting tomorrow, 10:00", "Lunch?", "Größenänderung der Datenbank", "日本語の会議資料",
        "Project Phoenix; status", "Invoice 2026-11 (paid)", "Привет из Москвы", "Re: budget, travel & expenses",
        "Welcome to the team 🎉", "Server maintenance window", "Your order has shipped", "Café menu", "Ideas for Q1",
    ];
}
