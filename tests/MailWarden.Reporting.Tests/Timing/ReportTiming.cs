#:project ../../../src/MailWarden.Reporting/MailWarden.Reporting.csproj
// The speed check of docs/reports.md, a console run and not a unit test:
//   dotnet run -c Release tests/MailWarden.Reporting.Tests/Timing/ReportTiming.cs -- [events, default 10000000]
// Fills an in-memory DuckDB `events` table (EventColumns schema) with synthetic multi-server traffic through
// SQL alone (range(), hash()), then times every report: one warm-up run, then the median of three.
using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using MailWarden.Reporting.Definitions;
using MailWarden.Reporting.Queries;

var events = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 10_000_000;
await using var connection = new DuckDBConnection("DataSource=:memory:");
await connection.OpenAsync();

var load = Stopwatch.StartNew();
await using (var fill = connection.CreateCommand())
{
    // Five events per message: RECEIVE on server A (SMTP, or STOREDRIVER without client IP for one in four),
    // AGENTINFO, SEND, RECEIVE on server B, then DELIVER to 1-3 recipients (or EXPAND, FAIL, DEFER).
    // One message in 33 has no message-id. Sizes are log-uniform from 500 bytes to about 15 MB.
    fill.CommandText = $"""
        CREATE TABLE events AS
        WITH base AS (SELECT i, i // 5 AS m, i % 5 AS s FROM range({events}) AS t(i)),
        shaped AS (
          SELECT i, m, s,
            CASE WHEN s = 0 AND m % 4 = 0 THEN 'STOREDRIVER' END AS mailbox,
            CASE WHEN s = 4 THEN CASE m % 20 WHEN 0 THEN 'EXPAND' WHEN 1 THEN 'EXPAND' WHEN 2 THEN 'FAIL' WHEN 3 THEN 'DEFER' ELSE 'DELIVER' END END AS last_event,
            'rcpt' || (hash(m * 13) % 200000) || '@corp.example'
              || CASE WHEN m % 3 = 0 THEN ';Rcpt' || (hash(m * 17) % 200000) || '@corp.example' ELSE '' END
              || CASE WHEN m % 9 = 0 THEN ';rcpt' || (hash(m * 37) % 200000) || '@partner.example' ELSE '' END AS recipients
          FROM base)
        SELECT
          i AS seq,
          TIMESTAMP '2024-03-01' + to_microseconds(CAST(m * 1296000 AS BIGINT)) + to_seconds(s * 2) AS date_time,
          CASE WHEN mailbox IS NULL AND s IN (0, 3) THEN '10.' || (hash(m) % 40) || '.' || (hash(m * 3) % 250) || '.' || (hash(m * 7) % 250) END AS client_ip,
          CAST(NULL AS VARCHAR) AS client_hostname,
          CAST(NULL AS VARCHAR) AS server_ip,
          'EX' || CASE WHEN s < 3 THEN hash(m) % 20 ELSE 20 + hash(m * 11) % 20 END || '.corp.example' AS server_hostname,
          CAST(NULL AS VARCHAR) AS source_context,
          CAST(NULL AS VARCHAR) AS connector_id,
          CASE s WHEN 0 THEN coalesce(mailbox, 'SMTP') WHEN 1 THEN 'AGENT' WHEN 2 THEN 'SMTP' WHEN 3 THEN 'SMTP'
                 ELSE CASE WHEN last_event = 'EXPAND' THEN 'ROUTING' ELSE 'STOREDRIVER' END END AS source,
          CASE s WHEN 0 THEN 'RECEIVE' WHEN 1 THEN 'AGENTINFO' WHEN 2 THEN 'SEND' WHEN 3 THEN 'RECEIVE' ELSE last_event END AS event_id,
          CAST(hash(m * 5 + (s >= 3)::INT) % 100000000 AS VARCHAR) AS internal_message_id,
          CASE WHEN m % 33 = 0 THEN NULL ELSE '<' || printf('%016x', hash(m)) || '.' || m || '@mail.corp.example>' END AS message_id,
          CAST(NULL AS VARCHAR) AS network_message_id,
          recipients AS recipient_address,
          CASE WHEN s = 4 THEN '250 2.1.5 Queued' END AS recipient_status,
          CAST(500 + exp((hash(m * 19) % 10000) / 10000.0 * 16.5) AS BIGINT) AS total_bytes,
          CAST(1 + (m % 3 = 0)::INT + (m % 9 = 0)::INT AS INTEGER) AS recipient_count,
          CASE WHEN last_event = 'EXPAND' THEN 'group' || (hash(m) % 500) || '@corp.example' END AS related_recipient_address,
          CAST(NULL AS VARCHAR) AS reference,
          CASE WHEN m % 50 = 0 THEN NULL WHEN m % 7 = 0 THEN '  Grüße zum Projekt ' || (hash(m * 29) % 5000) || ' '
               ELSE 'Subject ' || (hash(m * 29) % 50000) END AS message_subject,
          CASE WHEN m % 7 = 0 THEN 'User' ELSE 'user' END || (hash(m * 31) % 50000) || '@corp.example' AS sender_address,
          CAST(NULL AS VARCHAR) AS return_path, CAST(NULL AS VARCHAR) AS message_info, CAST(NULL AS VARCHAR) AS directionality,
          CAST(NULL AS VARCHAR) AS tenant_id, CAST(NULL AS VARCHAR) AS original_client_ip, CAST(NULL AS VARCHAR) AS original_server_ip,
          CAST(NULL AS VARCHAR) AS custom_data, CAST(NULL AS VARCHAR) AS transport_traffic_type, CAST(NULL AS VARCHAR) AS log_id,
          '15.02.1544.004' AS schema_version,
          CAST(NULL AS VARCHAR) AS extra_fields,
          coalesce(CASE WHEN m % 33 = 0 THEN NULL ELSE '<' || printf('%016x', hash(m)) || '.' || m || '@mail.corp.example>' END,
                   CAST(hash(m * 5 + (s >= 3)::INT) % 100000000 AS VARCHAR) || '@' ||
                   'EX' || CASE WHEN s < 3 THEN hash(m) % 20 ELSE 20 + hash(m * 11) % 20 END || '.corp.example') AS message_key,
          'synthetic.log' AS source_file,
          i + 1 AS source_line,
          lower(recipients) AS recipient_keys
        FROM shaped
        """;
    await fill.ExecuteNonQueryAsync();
    // The store's 128-bit message hash (any such hash: reports only group by it).
    fill.CommandText = """
        CREATE OR REPLACE TABLE events AS SELECT *,
            CAST(CAST(hash(message_key) AS HUGEINT) - 9223372036854775808 AS BIGINT) AS message_hash_high,
            CAST(CAST(hash(message_key || 'x') AS HUGEINT) - 9223372036854775808 AS BIGINT) AS message_hash_low
        FROM events
        """;
    await fill.ExecuteNonQueryAsync();
}
Console.WriteLine($"Loaded {events:N0} events in {load.Elapsed.TotalSeconds:F1} s; {Environment.ProcessorCount} cores, DuckDB in memory.");

(string Name, ReportArguments Arguments, string Label)[] runs =
[
    .. ReportCatalog.Traffic.Select(d => (d.Name, d.TakesRanges ? new ReportArguments { Ranges = "0,4KB,64KB,1MB,8MB" } : new ReportArguments(), "")),
    ("top-senders-by-count", new ReportArguments { By = "day" }, "--by day"),
    ("count-by-server", new ReportArguments { By = "hour" }, "--by hour"),
    ("top-recipients-by-count", new ReportArguments { By = "weekday" }, "--by weekday"),
    ("count-by-size-range", new ReportArguments { By = "day" }, "--by day"),
    ("top-groups-by-size", new ReportArguments { By = "day" }, "--by day"),
    ("top-senders-by-count", new ReportArguments { Start = "2024-03-08", End = "2024-03-15" }, "one week"),
    ("count-by-subject", new ReportArguments { MessageSubject = "grüße" }, "--message-subject grüße"),
    ("top-recipients-by-count", new ReportArguments { Recipients = "rcpt42@corp.example" }, "--recipients one"),
    ("events", new ReportArguments { Top = "100" }, "--top 100"),
    ("events", new ReportArguments { EventId = "FAIL", Top = "1000" }, "--event-id FAIL --top 1000"),
    ("events", new ReportArguments { Sender = "user4242@corp.example" }, "--sender (all rows)"),
    ("track", new ReportArguments { MessageId = "<" + "placeholder" + ">" }, "--message-id"),
    ("track", new ReportArguments { Sender = "user4242@corp.example", Start = "2024-03-10", End = "2024-03-11" }, "--sender, one day"),
];

// A real message-id from the data for the track run.
await using (var pick = connection.CreateCommand())
{
    pick.CommandText = $"SELECT message_id FROM events WHERE message_id IS NOT NULL AND seq >= {events / 2} ORDER BY seq LIMIT 1";
    var messageId = (string?)await pick.ExecuteScalarAsync() ?? "<none>";
    runs = [.. runs.Select(r => r.Name == "track" && r.Arguments.MessageId is not null ? (r.Name, r.Arguments with { MessageId = messageId }, r.Label) : r)];
}

Console.WriteLine("| report | options | rows | median ms | min ms |");
Console.WriteLine("|---|---|---:|---:|---:|");
foreach (var (name, arguments, label) in runs)
{
    var request = ReportRequestParser.Parse(name, arguments);
    var rows = (await ReportRunner.DuckDb.RunAsync(connection, request)).Rows.Count;
    var times = new List<double>();
    for (var run = 0; run < 3; run++)
    {
        var watch = Stopwatch.StartNew();
        await ReportRunner.DuckDb.RunAsync(connection, request);
        times.Add(watch.Elapsed.TotalMilliseconds);
    }
    times.Sort();
    Console.WriteLine($"| {name} | {label} | {rows} | {times[1]:F0} | {times[0]:F0} |");
}
