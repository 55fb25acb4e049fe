using DuckDB.NET.Data;
using MailWarden.Core.Tracking;
using MailWarden.Importing.Store;
using MailWarden.Importing.Store.DuckDb;
using MailWarden.Importing.Store.Partitions;

namespace MailWarden.Importing.Tests.Store;

public sealed class ParquetPartitionWriterTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("mailwarden-parquet-").FullName;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Write_EveryField_ReadsBackThroughDuckDbExactly(bool compress)
    {
        var full = new TrackingEvent
        {
            Timestamp = new DateTime(2024, 5, 6, 7, 8, 9, 123, DateTimeKind.Utc), ClientIp = "10.1.2.3", ClientHostname = "client.example.com",
            ServerIp = "10.1.2.4", ServerHostname = "EXCH01", SourceContext = "08DC;2024-01-25T15:16:09.544Z;0", ConnectorId = "EXCH01\\Default",
            Source = "SMTP", EventId = "SENDEXTERNAL", InternalMessageId = "7097", MessageId = "<a@b>", NetworkMessageId = "2fd37dca-1234",
            RecipientAddress = "x@y.com;z@y.com", RecipientStatus = "250 OK;550 5.1.1 \"no\"", TotalBytes = 15054, RecipientCount = 2,
            RelatedRecipientAddress = "group@y.com", Reference = "<ref@b>", MessageSubject = "Ünïcode, \"quoted\"\nnew line – 日本",
            SenderAddress = "s@b", ReturnPath = "<>", MessageInfo = "0cA:", Directionality = "Incoming", TenantId = "t",
            OriginalClientIp = "10.0.0.1", OriginalServerIp = "10.0.0.2", CustomData = "S:A=B;S:C=D", TransportTrafficType = "Email",
            LogId = "dc69df25", SchemaVersion = "15.02.0330.005", ExtraFields = [new("x-new", "v1"), new("x-other", "\"q\"")],
        };
        var sparse = new TrackingEvent { Timestamp = full.Timestamp.AddSeconds(-1), EventId = "RECEIVE", InternalMessageId = "42", ServerHostname = "EXCH02" };
        var batch = new EventBatch();
        batch.Add(full, "/logs/a.LOG", 6);
        batch.Add(sparse, "/logs/b.LOG", 9);

        string path = Write(batch, firstSeq: 100, compress);

        using var connection = Open();
        var rows = Query(connection, $"SELECT * FROM read_parquet('{path}') ORDER BY seq");
        Assert.Equal(2, rows.Count);
        var first = rows[0];
        Assert.Equal(100L, first["seq"]);
        Assert.Equal(full.Timestamp, first["date_time"]);
        Assert.Equal(full.MessageSubject, first["message_subject"]);
        Assert.Equal(full.RecipientStatus, first["recipient_status"]);
        Assert.Equal("SENDEXTERNAL", first["event_id"]);
        Assert.Equal(15054L, first["total_bytes"]);
        Assert.Equal(2, first["recipient_count"]);
        Assert.Equal("{\"x-new\":\"v1\",\"x-other\":\"\\u0022q\\u0022\"}", first["extra_fields"]);
        Assert.Equal("<a@b>", first["message_key"]);
        Assert.Equal("/logs/a.LOG", first["source_file"]);
        Assert.Equal(6L, first["source_line"]);
        Assert.Equal("x@y.com;z@y.com", first["recipient_keys"]);
        var second = rows[1];
        Assert.Equal(DBNull.Value, second["recipient_keys"]);
        Assert.Equal(DBNull.Value, second["client_ip"]);
        Assert.Equal(DBNull.Value, second["total_bytes"]);
        Assert.Equal(DBNull.Value, second["extra_fields"]);
        Assert.Equal("42@EXCH02", second["message_key"]);
    }

    [Fact]
    public void Write_ManyRows_SortsByTimeKeepingImportOrderForTies()
    {
        var batch = new EventBatch();
        var start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (int i = 0; i < 300_000; i++)
        {
            // Distinct message ids switch the column to plain encoding; ties every 3 rows test the tie order.
            batch.Add(new TrackingEvent { Timestamp = start.AddSeconds((300_000 - i) / 3), EventId = "DELIVER", MessageId = $"<{i}@x>" }, "/l", i + 1);
        }

        string path = Write(batch, firstSeq: 1, compress: true);

        using var connection = Open();
        Assert.Equal(0L, Scalar(connection, $"SELECT count(*) FROM (SELECT date_time < lag(date_time) OVER () OR (date_time = lag(date_time) OVER () AND seq < lag(seq) OVER ()) AS bad FROM read_parquet('{path}')) WHERE bad"));
        Assert.Equal(300_000L, Scalar(connection, $"SELECT count(DISTINCT message_id) FROM read_parquet('{path}')"));
        Assert.Equal(3L, Scalar(connection, $"SELECT count(DISTINCT row_group_id) FROM parquet_metadata('{path}')"));
        // Each row group carries its own time range, so a time filter can skip the others.
        Assert.Equal(3L, Scalar(connection, $"SELECT count(DISTINCT stats_min_value) FROM parquet_metadata('{path}') WHERE path_in_schema = 'date_time'"));
    }

    [Fact]
    public void EventsSql_PartitionWithoutDerivedColumns_DerivesThem()
    {
        var batch = new EventBatch();
        string[] logged = ["A@B.example", " ÉVE@corp.example ;; x@Y", " ; ", "Σ@Ⱥ.example;Bob@corp.example"];
        for (int i = 0; i < logged.Length; i++)
        {
            batch.Add(new TrackingEvent { Timestamp = DateTime.UnixEpoch.AddSeconds(i), EventId = "DELIVER", MessageId = $"<m{i % 2}@x>", RecipientAddress = logged[i] }, "/l", i + 1);
        }
        batch.Add(new TrackingEvent { Timestamp = DateTime.UnixEpoch, EventId = "RECEIVE" }, "/l", 9);
        string current = Write(batch, firstSeq: 1, compress: false);
        string older = Path.Combine(_directory, "older.parquet");
        using var connection = Open();
        Scalar(connection, $"COPY (SELECT * EXCLUDE (recipient_keys, message_hash_high, message_hash_low) FROM read_parquet('{current}')) TO '{older}' (FORMAT parquet)");

        var sql = DuckDbTrackingStore.EventsSql(connection, [current, older]);

        // One part reads the stored column, the other derives it.
        Assert.Contains(" UNION ALL BY NAME ", sql, StringComparison.Ordinal);
        Assert.Equal(0L, Scalar(connection, $"SELECT count(*) FROM ({sql}) a JOIN ({sql}) b ON a.seq = b.seq AND a.source_file = b.source_file AND a.recipient_keys IS DISTINCT FROM b.recipient_keys"));
        Assert.Equal(10L, Scalar(connection, $"SELECT count(*) FROM ({sql})"));
        Assert.Equal(2L, Scalar(connection, $"SELECT count(*) FROM ({sql}) WHERE recipient_keys = 'éve@corp.example;x@y'"));
        Assert.Equal(4L, Scalar(connection, $"SELECT count(*) FROM ({sql}) WHERE recipient_keys IS NULL"));
        // With an older partition in the set, every row gets the SQL hash: a message's rows agree across partitions.
        Assert.Equal(0L, Scalar(connection, $"SELECT count(*) FROM ({sql}) WHERE message_hash_high IS NULL OR message_hash_low IS NULL"));
        Assert.Equal(3L, Scalar(connection, $"SELECT count(DISTINCT (message_hash_high, message_hash_low)) FROM ({sql})"));
        Assert.Equal(3L, Scalar(connection, $"SELECT count(DISTINCT (message_key, message_hash_high, message_hash_low)) FROM ({sql})"));
        // A merge of such a set leaves the hash out, so the merged partition is older too, never half of each kind.
        var merged = DuckDbTrackingStore.EventsSql(connection, [current, older], forCompaction: true);
        Assert.Equal(0L, Scalar(connection, $"SELECT count(*) FROM (DESCRIBE {merged}) WHERE column_name LIKE 'message_hash%'"));
        Assert.Equal(2L, Scalar(connection, $"SELECT count(*) FROM (DESCRIBE ({DuckDbTrackingStore.EventsSql(connection, [current])})) WHERE column_name LIKE 'message_hash%'"));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(EventBatch batch, long firstSeq, bool compress)
    {
        string path = Path.Combine(_directory, $"{Guid.NewGuid():N}.parquet");
        using var stream = File.Create(path);
        var statistics = new ParquetPartitionWriter(compress: compress).Write(batch, firstSeq, stream);
        Assert.Equal(batch.Count, statistics.Rows);
        return path;
    }

    private static DuckDBConnection Open()
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        return connection;
    }

    private static long Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static List<Dictionary<string, object>> Query(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<Dictionary<string, object>>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, reader.GetValue));
        }
        return rows;
    }
}
