using System.Text.Json;
using DuckDB.NET.Data;
using MailWarden.Core.Tracking;
using MailWarden.Importing.Store;

namespace MailWarden.Reporting.Tests.Fixtures;

/// <summary>An in-memory DuckDB with the <c>events</c> relation of EventColumns, filled from TrackingEvent records.</summary>
internal static class EventTable
{
    private static readonly string[] Columns =
    [
        EventColumns.Seq, EventColumns.DateTime, EventColumns.ClientIp, EventColumns.ClientHostname, EventColumns.ServerIp,
        EventColumns.ServerHostname, EventColumns.SourceContext, EventColumns.ConnectorId, EventColumns.Source, EventColumns.EventId,
        EventColumns.InternalMessageId, EventColumns.MessageId, EventColumns.NetworkMessageId, EventColumns.RecipientAddress,
        EventColumns.RecipientStatus, EventColumns.TotalBytes, EventColumns.RecipientCount, EventColumns.RelatedRecipientAddress,
        EventColumns.Reference, EventColumns.MessageSubject, EventColumns.SenderAddress, EventColumns.ReturnPath, EventColumns.MessageInfo,
        EventColumns.Directionality, EventColumns.TenantId, EventColumns.OriginalClientIp, EventColumns.OriginalServerIp,
        EventColumns.CustomData, EventColumns.TransportTrafficType, EventColumns.LogId, EventColumns.SchemaVersion,
        EventColumns.ExtraFields, EventColumns.MessageKey, EventColumns.SourceFile, EventColumns.SourceLine, EventColumns.RecipientKeys,
        EventColumns.MessageHashHigh, EventColumns.MessageHashLow,
    ];

    // The derived columns as the store provides them, written here in SQL so that the fixture does not borrow the
    // importer's code: recipient_keys (each recipient lower(trim()), empty ones dropped, NULL when none), and a 128-bit
    // hash of message_key (any such hash: reports only group by it).
    private const string FillDerivedColumns = """
        UPDATE events SET
            recipient_keys = nullif(array_to_string(
                list_filter(list_transform(string_split(recipient_address, ';'), r -> lower(trim(r))), r -> r <> ''), ';'), ''),
            message_hash_high = CAST(CAST(hash(message_key) AS HUGEINT) - 9223372036854775808 AS BIGINT),
            message_hash_low = CAST(CAST(hash(message_key || 'x') AS HUGEINT) - 9223372036854775808 AS BIGINT)
        """;

    public static async Task<DuckDBConnection> OpenAsync(IEnumerable<TrackingEvent> events)
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        await connection.OpenAsync();
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = $"CREATE TABLE events ({string.Join(", ", Columns.Select(c => $"{c} {TypeOf(c)}"))})";
            await create.ExecuteNonQueryAsync();
        }
        long seq = 0;
        foreach (var e in events)
        {
            seq++;
            await using var insert = connection.CreateCommand();
            insert.CommandText = $"INSERT INTO events VALUES ({string.Join(", ", Columns.Select((_, i) => $"${i + 1}"))})";
            object?[] values =
            [
                seq, e.Timestamp, e.ClientIp, e.ClientHostname, e.ServerIp, e.ServerHostname, e.SourceContext, e.ConnectorId, e.Source,
                e.EventId, e.InternalMessageId, e.MessageId, e.NetworkMessageId, e.RecipientAddress, e.RecipientStatus, e.TotalBytes,
                e.RecipientCount, e.RelatedRecipientAddress, e.Reference, e.MessageSubject, e.SenderAddress, e.ReturnPath, e.MessageInfo,
                e.Directionality, e.TenantId, e.OriginalClientIp, e.OriginalServerIp, e.CustomData, e.TransportTrafficType, e.LogId,
                e.SchemaVersion, ExtraFieldsJson(e), e.MessageKey, "fixture.log", seq, null, null, null,
            ];
            foreach (var value in values)
            {
                insert.Parameters.Add(new DuckDBParameter(value ?? DBNull.Value));
            }
            await insert.ExecuteNonQueryAsync();
        }
        await using (var derive = connection.CreateCommand())
        {
            derive.CommandText = FillDerivedColumns;
            await derive.ExecuteNonQueryAsync();
        }
        return connection;
    }

    private static string TypeOf(string column) => column switch
    {
        EventColumns.Seq or EventColumns.TotalBytes or EventColumns.SourceLine or EventColumns.MessageHashHigh or EventColumns.MessageHashLow => "BIGINT",
        EventColumns.DateTime => "TIMESTAMP",
        EventColumns.RecipientCount => "INTEGER",
        _ => "VARCHAR",
    };

    private static string? ExtraFieldsJson(TrackingEvent e) =>
        e.ExtraFields.Count == 0 ? null : JsonSerializer.Serialize(e.ExtraFields.ToDictionary(f => f.Key, f => f.Value));
}
