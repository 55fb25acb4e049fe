using System.Data.Common;
using System.Text;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MailWarden.Importing.Store.DuckDb;

/// <summary>
/// The embedded store: a DuckDB catalog file (partitions, checkpoints) and immutable Parquet partitions in the folder
/// beside it, which reports query directly. docs/store.md describes the layout, the commit protocol and how
/// <c>serve</c> and the CLI share a store.
/// </summary>
public sealed class DuckDbTrackingStore : ITrackingStore
{
    private readonly StoreLayout _layout;
    private readonly DuckDbStoreOptions _options;
    private readonly ILogger _logger;

    /// <summary>Creates the store whose catalog is <paramref name="databasePath"/>; nothing is touched until first use.</summary>
    /// <param name="databasePath">The DuckDB catalog file (<c>--db</c>); partitions go to <c>&lt;databasePath&gt;.events/</c>.</param>
    /// <param name="options">Tuning; <see cref="DuckDbStoreOptions.Default"/> when null.</param>
    /// <param name="logger">Operator log.</param>
    public DuckDbTrackingStore(string databasePath, DuckDbStoreOptions? options = null, ILogger<DuckDbTrackingStore>? logger = null)
    {
        _layout = new StoreLayout(databasePath);
        _options = options ?? DuckDbStoreOptions.Default;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>The full path of the catalog file.</summary>
    public string DatabasePath => _layout.CatalogPath;

    /// <summary>The folder holding the Parquet partitions.</summary>
    public string PartitionDirectory => _layout.PartitionDirectory;

    /// <summary>Test hook: called at each step of a commit, so that a test can fail it there as a crash would.</summary>
    internal Action<StoreCommitStep>? OnCommitStep { get; set; }

    /// <inheritdoc />
    public async ValueTask<DbConnection> OpenSnapshotAsync(CancellationToken cancellationToken = default)
    {
        var files = await ReadPartitionFilesAsync(cancellationToken).ConfigureAwait(false);
        var connection = new DuckDBConnection("Data Source=:memory:");
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE VIEW {EventsRelation} AS {EventsSql(connection, files)}";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask<ITrackingStoreWriter> OpenWriterAsync(TimeSpan lockTimeout, CancellationToken cancellationToken = default)
    {
        var importLock = await ImportLock.AcquireAsync(_layout, lockTimeout, _logger, cancellationToken).ConfigureAwait(false);
        try
        {
            return await DuckDbStoreWriter.OpenAsync(_layout, _options, importLock, _logger, OnCommitStep, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            importLock.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private const string EventsRelation = "events";

    internal async Task<IReadOnlyList<string>> ReadPartitionFilesAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(_layout.CatalogPath))
        {
            return [];
        }
        using var catalog = await CatalogConnection.OpenAsync(_layout.CatalogPath, readOnly: true, _options.CatalogBusyTimeout, cancellationToken).ConfigureAwait(false);
        using var command = catalog.Command("SELECT file FROM partitions ORDER BY first_seq");
        try
        {
            using var reader = command.ExecuteReader();
            var files = new List<string>();
            while (reader.Read())
            {
                files.Add(_layout.PartitionPath(reader.GetString(0)));
            }
            return files;
        }
        catch (DuckDBException exception) when (exception.Message.Contains("does not exist", StringComparison.Ordinal))
        {
            // A catalog created by an import that died before its first commit has no tables yet: an empty store.
            return [];
        }
    }

    /// <summary>
    /// The <c>events</c> rows of <paramref name="files"/> with every column of <see cref="EventSchema"/>, also for partitions
    /// written before the derived columns existed: <see cref="EventColumns.RecipientKeys"/> is computed in SQL for them, and
    /// when any partition lacks the message hash, every row gets <see cref="EventSchema.MessageHashSql"/> instead of the
    /// stored hash, so that a message's rows agree across partitions. Used by snapshots and by compaction.
    /// </summary>
    /// <param name="connection">Where to read the partitions' schemas.</param>
    /// <param name="files">The partitions.</param>
    /// <param name="forCompaction">
    /// A merge: rows of a mixed set leave the hash columns out rather than store hashes of the SQL kind, so the merged
    /// partition is "older" too.
    /// </param>
    internal static string EventsSql(DuckDBConnection connection, IReadOnlyList<string> files, bool forCompaction = false)
    {
        if (files.Count == 0)
        {
            return EventSchema.EmptyRelationSql;
        }
        var columns = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
#pragma warning disable CA2100 // The list holds our own partition paths, quoted.
            command.CommandText = $"SELECT file_name, name FROM parquet_schema({FileList(files)}) " +
                $"WHERE name IN ('{EventColumns.RecipientKeys}', '{EventColumns.MessageHashHigh}')";
#pragma warning restore CA2100
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var file = reader.GetString(0);
                if (!columns.TryGetValue(file, out var names))
                {
                    columns[file] = names = new HashSet<string>(StringComparer.Ordinal);
                }
                names.Add(reader.GetString(1));
            }
        }
        bool Has(string file, string column) => columns.TryGetValue(file, out var names) && names.Contains(column);
        var current = files.Where(f => Has(f, EventColumns.MessageHashHigh)).ToList();
        var keysOnly = files.Where(f => !Has(f, EventColumns.MessageHashHigh) && Has(f, EventColumns.RecipientKeys)).ToList();
        var older = files.Where(f => !Has(f, EventColumns.MessageHashHigh) && !Has(f, EventColumns.RecipientKeys)).ToList();
        if (keysOnly.Count == 0 && older.Count == 0)
        {
            return Read(current);
        }
        const string NoHash = $"CAST(NULL AS BIGINT) AS {EventColumns.MessageHashHigh}, CAST(NULL AS BIGINT) AS {EventColumns.MessageHashLow}";
        var parts = new List<string>();
        if (current.Count > 0)
        {
            parts.Add(Read(current));
        }
        if (keysOnly.Count > 0)
        {
            parts.Add($"SELECT *, {NoHash} FROM read_parquet({FileList(keysOnly)}, union_by_name = true)");
        }
        if (older.Count > 0)
        {
            parts.Add($"SELECT *, {EventSchema.RecipientKeysSql} AS {EventColumns.RecipientKeys}, {NoHash} FROM read_parquet({FileList(older)}, union_by_name = true)");
        }
        var all = string.Join(" UNION ALL BY NAME ", parts);
        return forCompaction
            ? $"SELECT * EXCLUDE ({EventColumns.MessageHashHigh}, {EventColumns.MessageHashLow}) FROM ({all}) AS mixed"
            : $"SELECT * REPLACE ({EventSchema.MessageHashSql}) FROM ({all}) AS mixed";
    }

    // union_by_name: partitions written before a column was added read it as NULL.
    private static string Read(IReadOnlyList<string> files) => $"SELECT * FROM read_parquet({FileList(files)}, union_by_name = true)";

    private static string FileList(IReadOnlyList<string> files)
    {
        var sql = new StringBuilder("[");
        for (int i = 0; i < files.Count; i++)
        {
            sql.Append(i == 0 ? "'" : ", '").Append(files[i].Replace("'", "''", StringComparison.Ordinal)).Append('\'');
        }
        return sql.Append(']').ToString();
    }
}
