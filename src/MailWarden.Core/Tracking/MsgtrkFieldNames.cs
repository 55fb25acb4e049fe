namespace MailWarden.Core.Tracking;

/// <summary>
/// The field names of the Exchange 2007-2019 message tracking log (<c>#Fields:</c> header), in the order
/// Exchange 2016/2019 writes them. Columns are always mapped by these names, never by position.
/// </summary>
public static class MsgtrkFieldNames
{
#pragma warning disable CS1591 // One constant per documented field; the names are the documentation.
    public const string DateTime = "date-time";
    public const string ClientIp = "client-ip";
    public const string ClientHostname = "client-hostname";
    public const string ServerIp = "server-ip";
    public const string ServerHostname = "server-hostname";
    public const string SourceContext = "source-context";
    public const string ConnectorId = "connector-id";
    public const string Source = "source";
    public const string EventId = "event-id";
    public const string InternalMessageId = "internal-message-id";
    public const string MessageId = "message-id";
    public const string NetworkMessageId = "network-message-id";
    public const string RecipientAddress = "recipient-address";
    public const string RecipientStatus = "recipient-status";
    public const string TotalBytes = "total-bytes";
    public const string RecipientCount = "recipient-count";
    public const string RelatedRecipientAddress = "related-recipient-address";
    public const string Reference = "reference";
    public const string MessageSubject = "message-subject";
    public const string SenderAddress = "sender-address";
    public const string ReturnPath = "return-path";
    public const string MessageInfo = "message-info";
    public const string Directionality = "directionality";
    public const string TenantId = "tenant-id";
    public const string OriginalClientIp = "original-client-ip";
    public const string OriginalServerIp = "original-server-ip";
    public const string CustomData = "custom-data";
    public const string TransportTrafficType = "transport-traffic-type";
    public const string LogId = "log-id";
    public const string SchemaVersion = "schema-version";
#pragma warning restore CS1591

    /// <summary>The 30 fields of Exchange 2016/2019 (schema 15.01/15.02) in their logged order; what our writer emits.</summary>
    public static IReadOnlyList<string> Exchange2016 { get; } =
    [
        DateTime, ClientIp, ClientHostname, ServerIp, ServerHostname, SourceContext, ConnectorId, Source, EventId,
        InternalMessageId, MessageId, NetworkMessageId, RecipientAddress, RecipientStatus, TotalBytes, RecipientCount,
        RelatedRecipientAddress, Reference, MessageSubject, SenderAddress, ReturnPath, MessageInfo, Directionality,
        TenantId, OriginalClientIp, OriginalServerIp, CustomData, TransportTrafficType, LogId, SchemaVersion,
    ];
}
