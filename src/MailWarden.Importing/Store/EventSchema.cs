using MailWarden.Core.Tracking;

namespace MailWarden.Importing.Store;

/// <summary>
/// The physical order and types of the <c>events</c> columns, shared by the partition writer, the batch and the
/// empty-store view so that they can never disagree. Text columns are listed in <see cref="TextFields"/> order.
/// </summary>
internal static class EventSchema
{
    /// <summary>The text columns taken from a <see cref="TrackingEvent"/>, in storage order (after seq, date_time).</summary>
    public static IReadOnlyList<(string Column, Func<TrackingEvent, string?> Value)> TextFields { get; } =
    [
        (EventColumns.ClientIp, e => e.ClientIp),
        (EventColumns.ClientHostname, e => e.ClientHostname),
        (EventColumns.ServerIp, e => e.ServerIp),
        (EventColumns.ServerHostname, e => e.ServerHostname),
        (EventColumns.SourceContext, e => e.SourceContext),
        (EventColumns.ConnectorId, e => e.ConnectorId),
        (EventColumns.Source, e => e.Source),
        (EventColumns.EventId, e => e.EventId),
        (EventColumns.InternalMessageId, e => e.InternalMessageId),
        (EventColumns.MessageId, e => e.MessageId),
        (EventColumns.NetworkMessageId, e => e.NetworkMessageId),
        (EventColumns.RecipientAddress, e => e.RecipientAddress),
        (EventColumns.RecipientStatus, e => e.RecipientStatus),
        (EventColumns.RelatedRecipientAddress, e => e.RelatedRecipientAddress),
        (EventColumns.Reference, e => e.Reference),
        (EventColumns.MessageSubject, e => e.MessageSubject),
        (EventColumns.SenderAddress, e => e.SenderAddress),
        (EventColumns.ReturnPath, e => e.ReturnPath),
        (EventColumns.MessageInfo, e => e.MessageInfo),
        (EventColumns.Directionality, e => e.Directionality),
        (EventColumns.TenantId, e => e.TenantId),
        (EventColumns.OriginalClientIp, e => e.OriginalClientIp),
        (EventColumns.OriginalServerIp, e => e.OriginalServerIp),
        (EventColumns.CustomData, e => e.CustomData),
        (EventColumns.TransportTrafficType, e => e.TransportTrafficType),
        (EventColumns.LogId, e => e.LogId),
        (EventColumns.SchemaVersion, e => e.SchemaVersion),
    ];

    /// <summary>Every column in storage order.</summary>
    public static IReadOnlyList<EventColumnDefinition> Columns { get; } =
    [
        new(EventColumns.Seq, EventColumnKind.Int64, IsNullable: false),
        new(EventColumns.DateTime, EventColumnKind.Timestamp, IsNullable: false),
        .. TextFields.Select(f => new EventColumnDefinition(f.Column, EventColumnKind.Text, IsNullable: f.Column != EventColumns.EventId)),
        new(EventColumns.TotalBytes, EventColumnKind.Int64, IsNullable: true),
        new(EventColumns.RecipientCount, EventColumnKind.Int32, IsNullable: true),
        new(EventColumns.ExtraFields, EventColumnKind.Text, IsNullable: true),
        new(EventColumns.MessageKey, EventColumnKind.Text, IsNullable: false),
        new(EventColumns.SourceFile, EventColumnKind.Text, IsNullable: false),
        new(EventColumns.SourceLine, EventColumnKind.Int64, IsNullable: false),
        new(EventColumns.RecipientKeys, EventColumnKind.Text, IsNullable: true),
        new(EventColumns.MessageHashHigh, EventColumnKind.Int64, IsNullable: false),
        new(EventColumns.MessageHashLow, EventColumnKind.Int64, IsNullable: false),
    ];

    /// <summary>
    /// <see cref="EventColumns.RecipientKeys"/> computed in SQL from <c>recipient_address</c>: what <see cref="RecipientKeys"/>
    /// writes at import, for partitions written before the column existed.
    /// </summary>
    public static string RecipientKeysSql { get; } =
        $"nullif(array_to_string(list_filter(list_transform(string_split({EventColumns.RecipientAddress}, ';'), r -> lower(trim(r))), r -> r <> ''), ';'), '')";

    /// <summary>
    /// The two message hash columns computed in SQL, for snapshots that include partitions written before the import
    /// stored them: then every row of the snapshot uses these (a different 128-bit hash, the same within the snapshot).
    /// </summary>
    public static string MessageHashSql { get; } =
        $"CAST(CAST(hash({EventColumns.MessageKey}) AS HUGEINT) - 9223372036854775808 AS BIGINT) AS {EventColumns.MessageHashHigh}, " +
        $"CAST(CAST(hash({EventColumns.MessageKey} || chr(1)) AS HUGEINT) - 9223372036854775808 AS BIGINT) AS {EventColumns.MessageHashLow}";

    /// <summary>A query with the <c>events</c> columns and types and no rows: the relation of an empty store.</summary>
    public static string EmptyRelationSql { get; } =
        "SELECT " + string.Join(", ", Columns.Select(c => $"CAST(NULL AS {c.SqlType}) AS {c.Name}")) + " WHERE false";
}
