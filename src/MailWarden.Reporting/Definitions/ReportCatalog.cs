using System.Diagnostics.CodeAnalysis;

namespace MailWarden.Reporting.Definitions;

/// <summary>Every report of ../shared/REPORTS.md, by name.</summary>
public static class ReportCatalog
{
    /// <summary>The name of the report that takes <c>--ranges</c>.</summary>
    public const string CustomSizeRangeName = "count-by-custom-size-range";

    /// <summary><c>report events</c>: every matching event, newest first, all fields.</summary>
    public static ReportDefinition Events { get; } =
        new("events", "Events", ReportKind.Events, MailSet.Sent, TrafficKey.Sender, TrafficCount.Mails, TrafficOrder.Count, "", "");

    /// <summary><c>track</c>: the whole path of the matching messages, oldest first.</summary>
    public static ReportDefinition Track { get; } =
        new("track", "Message path", ReportKind.Track, MailSet.Sent, TrafficKey.Sender, TrafficCount.Mails, TrafficOrder.Count, "", "");

    /// <summary>The traffic reports, in the order of REPORTS.md.</summary>
    public static IReadOnlyList<ReportDefinition> Traffic { get; } =
    [
        Make("top-senders-by-count", "Top senders by count", MailSet.Sent, TrafficKey.Sender, TrafficOrder.Count, "Sender", "Sent mails"),
        Make("top-senders-by-size", "Top senders by size", MailSet.Sent, TrafficKey.Sender, TrafficOrder.Bytes, "Sender", "Sent mails"),
        Make("top-senders-by-recipients", "Top senders by recipients", MailSet.Sent, TrafficKey.Sender, TrafficOrder.Count, "Sender", "Recipients", TrafficCount.Recipients),
        Make("top-senders-to-groups-by-count", "Top senders to groups by count", MailSet.Group, TrafficKey.Sender, TrafficOrder.Count, "Sender", "Group mails sent"),
        Make("top-senders-to-groups-by-size", "Top senders to groups by size", MailSet.Group, TrafficKey.Sender, TrafficOrder.Bytes, "Sender", "Group mails sent"),
        Make("top-recipients-by-count", "Top recipients by count", MailSet.Received, TrafficKey.Recipient, TrafficOrder.Count, "Recipient", "Received mails"),
        Make("top-recipients-by-size", "Top recipients by size", MailSet.Received, TrafficKey.Recipient, TrafficOrder.Bytes, "Recipient", "Received mails"),
        Make("top-groups-by-count", "Top groups by count", MailSet.Group, TrafficKey.Group, TrafficOrder.Count, "Group", "Group mails"),
        Make("top-groups-by-size", "Top groups by size", MailSet.Group, TrafficKey.Group, TrafficOrder.Bytes, "Group", "Group mails"),
        Make("count-by-client-ip", "Sent mail by client IP", MailSet.Sent, TrafficKey.ClientIp, TrafficOrder.Count, "Client IP", "Sent mails"),
        Make("count-by-server", "Sent mail by server", MailSet.Sent, TrafficKey.Server, TrafficOrder.Count, "Server", "Sent mails"),
        Make("count-by-subject", "Sent mail by subject", MailSet.Sent, TrafficKey.Subject, TrafficOrder.Count, "Subject", "Sent mails"),
        Make("count-by-size-range", "Sent mail by size range", MailSet.Sent, TrafficKey.SizeRange, TrafficOrder.Bucket, "Size range", "Sent mails"),
        Make(CustomSizeRangeName, "Sent mail by custom size range", MailSet.Sent, TrafficKey.SizeRange, TrafficOrder.Bucket, "Size range", "Sent mails"),
        Make("size-by-client-ip", "Sent mail size by client IP", MailSet.Sent, TrafficKey.ClientIp, TrafficOrder.Bytes, "Client IP", "Sent mails"),
        Make("size-by-subject", "Sent mail size by subject", MailSet.Sent, TrafficKey.Subject, TrafficOrder.Bytes, "Subject", "Sent mails"),
    ];

    /// <summary>Every report: <c>events</c>, <c>track</c>, then the traffic reports.</summary>
    public static IReadOnlyList<ReportDefinition> All { get; } = [Events, Track, .. Traffic];

    /// <summary>Finds a report by its name (ordinal, case-insensitive).</summary>
    /// <returns><see langword="false"/> when no report has that name.</returns>
    public static bool TryFind(string name, [NotNullWhen(true)] out ReportDefinition? definition)
    {
        definition = All.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));
        return definition is not null;
    }

    private static ReportDefinition Make(
        string name, string title, MailSet mail, TrafficKey key, TrafficOrder order, string keyHeader, string countHeader,
        TrafficCount count = TrafficCount.Mails) =>
        new(name, title, ReportKind.Traffic, mail, key, count, order, keyHeader, countHeader);
}
