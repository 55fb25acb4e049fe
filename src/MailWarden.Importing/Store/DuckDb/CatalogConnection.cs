using System.Collections.Concurrent;
using System.Diagnostics;
using DuckDB.NET.Data;

namespace MailWarden.Importing.Store.DuckDb;

/// <summary>
/// A short-lived connection to the catalog file. DuckDB lets one process hold a file read-write, or several hold it
/// read-only, so every holder keeps it for milliseconds and an opener that finds it held retries with backoff.
/// Within one process the opens of a catalog take turns too: DuckDB.NET would otherwise hand a read-write opener the
/// cached read-only database (or the reverse).
/// </summary>
internal sealed class CatalogConnection : IDisposable
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    private readonly SemaphoreSlim _gate;

    private CatalogConnection(DuckDBConnection connection, SemaphoreSlim gate) => (Connection, _gate) = (connection, gate);

    public DuckDBConnection Connection { get; }

    /// <exception cref="TimeoutException">The catalog stayed held by another process for <paramref name="busyTimeout"/>.</exception>
    public static async Task<CatalogConnection> OpenAsync(string catalogPath, bool readOnly, TimeSpan busyTimeout, CancellationToken cancellationToken)
    {
        var gate = Gates.GetOrAdd(catalogPath, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            string connectionString = readOnly ? $"Data Source={catalogPath};ACCESS_MODE=READ_ONLY" : $"Data Source={catalogPath}";
            var clock = Stopwatch.StartNew();
            var delay = TimeSpan.FromMilliseconds(5);
            while (true)
            {
                var connection = new DuckDBConnection(connectionString);
                try
                {
                    connection.Open();
                    return new CatalogConnection(connection, gate);
                }
                catch (DuckDBException exception) when (IsLockConflict(exception) && clock.Elapsed < busyTimeout)
                {
                    await connection.DisposeAsync().ConfigureAwait(false);
                    await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                    delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 200));
                }
                catch (DuckDBException exception) when (IsLockConflict(exception))
                {
                    await connection.DisposeAsync().ConfigureAwait(false);
                    throw new TimeoutException($"The store catalog {catalogPath} stayed locked by another process for {busyTimeout.TotalSeconds:F0} s: {exception.Message}", exception);
                }
                catch
                {
                    await connection.DisposeAsync().ConfigureAwait(false);
                    throw;
                }
            }
        }
        catch
        {
            gate.Release();
            throw;
        }
    }

    public DuckDBCommand Command(string sql, params object?[] parameters)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new DuckDBParameter(parameter ?? DBNull.Value));
        }
        return command;
    }

    public int Execute(string sql, params object?[] parameters)
    {
        using var command = Command(sql, parameters);
        return command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        Connection.Dispose();
        _gate.Release();
    }

    private static bool IsLockConflict(DuckDBException exception) =>
        exception.Message.Contains("Could not set lock", StringComparison.Ordinal)
        || exception.Message.Contains("Conflicting lock", StringComparison.Ordinal);
}
