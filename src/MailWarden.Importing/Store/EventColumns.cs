namespace MailWarden.Importing.Store;

/// <summary>
/// The columns of the <c>events</c> relation that every store offers to reports (DuckDB over Parquet
/// partitions now, a PostgreSQL table later). One row per log row. Text columns hold the value as logged,
/// NULL where the log field was empty; multi-valued fields keep their logged <c>;</c>-joined text.
/// docs/store.md explains the choices.
/// </summary>
public static class EventColumns
{
#pragma warning disable CS1591 // Column names mirror MsgtrkFieldNames with '_' for '-'.
    /// <summary>BIGINT: position in import order, unique in the store; breaks ties between equal timestamps.</summary>
    public const string Seq = "seq";
    /// <summary>TIMESTAMP (UTC, microseconds): the <c>date-time</c> field.</summary>
    public const string DateTime = "date_time";
    public const string ClientIp = "client_ip";
    public const string ClientHostname = "client_hostname";
    public const string ServerIp = "server_ip";
    public const string ServerHostname = "server_hostname";
    public const string SourceContext = "source_context";
    public const string ConnectorId = "connector_id";
    public const string Source = "source";
    public const string EventId = "event_id";
    public const string InternalMessageId = "internal_message_id";
    public const string MessageId = "message_id";
    public const string NetworkMessageId = "network_message_id";
    public const string RecipientAddress = "recipient_address";
    public const string RecipientStatus = "recipient_status";
    /// <summary>BIGINT.</summary>
    public const string TotalBytes = "total_bytes";
    /// <summary>INTEGER.</summary>
    public const string RecipientCount = "recipient_count";
    public const string RelatedRecipientAddress = "related_recipient_address";
    public const string Reference = "reference";
    public const string MessageSubject = "message_subject";
    public const string SenderAddress = "sender_address";
    public const string ReturnPath = "return_path";
    public const string MessageInfo = "message_info";
    public const string Directionality = "directionality";
    public const string TenantId = "tenant_id";
    public const string OriginalClientIp = "original_client_ip";
    public const string OriginalServerIp = "original_server_ip";
    public const string CustomData = "custom_data";
    public const string TransportTrafficType = "transport_traffic_type";
    public const string LogId = "log_id";
    public const string SchemaVersion = "schema_version";
    /// <summary>VARCHAR: JSON object of the fields not in MsgtrkFieldNames (name to value), NULL when none.</summary>
    public const string ExtraFields = "extra_fields";
    /// <summary>VARCHAR, never NULL: TrackingEvent.MessageKey, the message identity reports count by.</summary>
    public const string MessageKey = "message_key";
    /// <summary>VARCHAR: the file the row was imported from (full path).</summary>
    public const string SourceFile = "source_file";
    /// <summary>BIGINT: 1-based line of the row in <see cref="SourceFile"/>.</summary>
    public const string SourceLine = "source_line";
    /// <summary>
    /// VARCHAR, derived at import: the recipients of <see cref="RecipientAddress"/> as recipient reports count them,
    /// each <c>lower(trim())</c> with DuckDB's case table, empty ones dropped, <c>;</c>-joined. NULL when none is left,
    /// and in partitions written before the column existed: readers then normalise <see cref="RecipientAddress"/>
    /// themselves (same result, slower).
    /// </summary>
    public const string RecipientKeys = "recipient_keys";
    /// <summary>
    /// BIGINT, derived at import: the high 64 bits of XxHash128 of <see cref="MessageKey"/> (UTF-8). With
    /// <see cref="MessageHashLow"/> the message identity that message-level reports group by: a fixed-size key is several
    /// times cheaper to group than the string, and 128 bits make a collision negligible (~10^-26 at 10 million messages).
    /// </summary>
    public const string MessageHashHigh = "message_hash_high";
    /// <summary>BIGINT, derived at import: the low 64 bits of XxHash128 of <see cref="MessageKey"/> (UTF-8).</summary>
    public const string MessageHashLow = "message_hash_low";
#pragma warning restore CS1591
}
