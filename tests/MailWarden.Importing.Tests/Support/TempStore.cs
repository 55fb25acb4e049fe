using System.Data.Common;
using System.Globalization;
using MailWarden.Importing.Store.DuckDb;

namespace MailWarden.Importing.Tests.Support;

/// <summary>A store and a log folder in a temp directory deleted when the test ends.</summary>
public sealed class TempStore : IAsyncDisposable
{
    public TempStore(DuckDbStoreOptions? options = null)
    {
        Root = Directory.CreateTempSubdirectory("mailwarden-importing-").FullName;
        Logs = Directory.CreateDirectory(Path.Combine(Root, "logs")).FullName;
        DatabasePath = Path.Combine(Root, "store", "tracking.duckdb");
        Options = options ?? DuckDbStoreOptions.Default;
        Store = NewStore();
    }

    public string Root { get; }

    public string Logs { get; }

    public string DatabasePath { get; }

    public DuckDbStoreOptions Options { get; }

    public DuckDbTrackingStore Store { get; }

    /// <summary>Another instance on the same files, as a second process would have.</summary>
    public DuckDbTrackingStore NewStore() => new(DatabasePath, Options);

    public TrackingImporter Importer(int batchRows = ImportOptions.DefaultBatchRows, DuckDbTrackingStore? store = null, TimeSpan? lockTimeout = null) =>
        new(store ?? Store, new ImportOptions { BatchRows = batchRows, LockTimeout = lockTimeout ?? TimeSpan.FromMinutes(1) });

    public Task<ImportSummary> ImportAsync(int batchRows = ImportOptions.DefaultBatchRows) => Importer(batchRows).ImportAsync([Logs]);

    public string LogPath(string name) => Path.Combine(Logs, name);

    public async Task<long> ScalarAsync(string sql, DbConnection? snapshot = null)
    {
        var connection = snapshot ?? await Store.OpenSnapshotAsync();
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }
        finally
        {
            if (snapshot is null)
            {
                await connection.DisposeAsync();
            }
        }
    }

    public Task<long> CountAsync(DbConnection? snapshot = null) => ScalarAsync("SELECT count(*) FROM events", snapshot);

    /// <summary>Rows that are not the only copy of their (file, line): must always be 0.</summary>
    public Task<long> DuplicatesAsync() =>
        ScalarAsync("SELECT count(*) - count(DISTINCT (source_file, source_line)) FROM events");

    public string[] PartitionFiles() =>
        Directory.Exists(Store.PartitionDirectory) ? Directory.GetFiles(Store.PartitionDirectory) : [];

    public ValueTask DisposeAsync()
    {
        Directory.Delete(Root, recursive: true);
        return ValueTask.CompletedTask;
    }
}
