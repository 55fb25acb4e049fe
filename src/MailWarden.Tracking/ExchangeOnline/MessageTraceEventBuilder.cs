using System.Globalization;
using MailWarden.Core.Tracking;
using MailWarden.Tracking.Reading;

namespace MailWarden.Tracking.ExchangeOnline;

/// <summary>
/// Builds a <see cref="TrackingEvent"/> from the properties of one Get-MessageTrace record, whether read from JSON
/// or CSV (docs/tracking-formats.md, "Exchange Online message trace"). One instance per file; reset per record.
/// </summary>
internal sealed class MessageTraceEventBuilder
{
    /// <summary>The source of every message-trace event: it comes from the trace, not from a transport component.</summary>
    public const string Source = "MESSAGETRACE";

    /// <summary>The server name when the record has no Organization.</summary>
    public const string DefaultServer = "ExchangeOnline";

    private readonly Dictionary<string, string?> _known = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<KeyValuePair<string, string>> _extras = [];

    private static readonly HashSet<string> KnownNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Received", "SenderAddress", "RecipientAddress", "Subject", "Status", "ToIP", "FromIP", "Size", "MessageId",
        "MessageTraceId", "Organization",
    };

    /// <summary>Whether the last record built had a timestamp without a zone (en-US Export-Csv default).</summary>
    public bool AssumedUtc { get; private set; }

    public void Reset()
    {
        _known.Clear();
        _extras.Clear();
    }

    public void Set(string name, string? value)
    {
        if (KnownNames.Contains(name))
        {
            _known[name] = string.IsNullOrWhiteSpace(value) ? null : value;
        }
        else if (!string.IsNullOrEmpty(value))
        {
            _extras.Add(new(name, value));
        }
    }

    public bool TryBuild(out TrackingEvent? trackingEvent, out string? field, out string? reason)
    {
        trackingEvent = null;
        field = reason = null;
        var received = Get("Received");
        if (received is null || !ExportTimestamp.TryParse(received, out var timestamp, out var assumedUtc))
        {
            field = "Received";
            reason = received is null ? "is empty" : $"'{received}' is not a date-time";
            return false;
        }
        AssumedUtc = assumedUtc;
        long? size = null;
        if (Get("Size") is { } sizeText)
        {
            if (!long.TryParse(sizeText, NumberStyles.None, CultureInfo.InvariantCulture, out var bytes))
            {
                field = "Size";
                reason = $"'{sizeText}' is not a whole number of bytes";
                return false;
            }
            size = bytes;
        }
        var status = Get("Status");
        var recipient = Get("RecipientAddress");
        trackingEvent = new TrackingEvent
        {
            Timestamp = timestamp,
            EventId = MapStatus(status),
            Source = Source,
            ServerHostname = Get("Organization") ?? DefaultServer,
            ClientIp = Get("FromIP"),
            ServerIp = Get("ToIP"),
            SenderAddress = Get("SenderAddress"),
            RecipientAddress = recipient,
            RecipientStatus = status,
            RecipientCount = recipient is null ? null : 1,
            MessageSubject = Get("Subject"),
            MessageId = Get("MessageId"),
            NetworkMessageId = Get("MessageTraceId"),
            TotalBytes = size,
            ExtraFields = _extras.Count == 0 ? [] : [.. _extras],
        };
        return true;
    }

    /// <summary>Delivered, Failed, Pending and Expanded have MSGTRK equivalents; any other status is its own event id.</summary>
    public static string MapStatus(string? status) => status?.Trim() switch
    {
        null or "" => "UNKNOWN",
        var s when s.Equals("Delivered", StringComparison.OrdinalIgnoreCase) => TrackingEventIds.Deliver,
        var s when s.Equals("Failed", StringComparison.OrdinalIgnoreCase) => TrackingEventIds.Fail,
        var s when s.Equals("Pending", StringComparison.OrdinalIgnoreCase) => TrackingEventIds.Defer,
        var s when s.Equals("Expanded", StringComparison.OrdinalIgnoreCase) => TrackingEventIds.Expand,
        var s => s.ToUpperInvariant(),
    };

    private string? Get(string name) => _known.GetValueOrDefault(name);
}
