using MailWarden.Core.Tracking;

namespace MailWarden.Tracking.Exchange2003;

/// <summary>
/// The Exchange 2000/2003 numeric event ids that have a documented meaning matching an Exchange 2007+ event id
/// (KB311739, KB821905, KB246959; docs/tracking-formats.md gives the reasoning for each). Every other number is
/// kept as written: a guess would put wrong numbers into the reports.
/// </summary>
internal static class Exchange2003EventIds
{
    private static readonly Dictionary<string, (string EventId, string? Source)> Mapped = new(StringComparer.Ordinal)
    {
        ["0"] = (TrackingEventIds.Receive, null),              // Message transfer in (from another MTA)
        ["4"] = (TrackingEventIds.Submit, null),               // Message submission
        ["7"] = (TrackingEventIds.Send, null),                 // Message transfer out (to another MTA)
        ["9"] = (TrackingEventIds.Deliver, null),              // Message delivered
        ["26"] = (TrackingEventIds.Expand, null),              // Distribution list expansion
        ["28"] = (TrackingEventIds.Redirect, null),            // Message redirected
        ["34"] = (TrackingEventIds.Dsn, null),                 // Report generation (delivery/non-delivery report)
        ["1019"] = (TrackingEventIds.Receive, "SMTP"),         // first event of a message entering through SMTP
        ["1027"] = (TrackingEventIds.Receive, "STOREDRIVER"),  // first event of a message submitted through the Store
    };

    /// <summary>The event id and, where the number implies one, the source of a numeric event id.</summary>
    public static (string EventId, string? Source) Map(string number) =>
        Mapped.TryGetValue(number, out var mapped) ? mapped : (number, null);
}
