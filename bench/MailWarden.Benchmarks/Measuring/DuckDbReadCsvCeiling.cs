using System.Diagnostics;
using DuckDB.NET.Data;

namespace MailWarden.Benchmarks.Measuring;

/// <summary>
/// The engine's ceiling for comparison: how long DuckDB's own <c>read_csv</c> needs to load the same MSGTRK files
/// into a table of a fresh database file. The five <c>#</c> lines before the header are skipped and the
/// <c>#Fields: </c> prefix of the header row is left in the first column's name: the load time is what counts.
/// </summary>
public static class DuckDbReadCsvCeiling
{
    /// <summary>Loads every <c>*.LOG</c> file under <paramref name="folder"/> into a table; returns rows and elapsed time.</summary>
    public static async Task<(long Rows, TimeSpan Elapsed)> MeasureAsync(string folder, string scratchDatabase, CancellationToken cancellationToken = default)
    {
        File.Delete(scratchDatabase);
        File.Delete(scratchDatabase + ".wal");
        var glob = Path.Combine(folder, "**", "*.LOG").Replace("'", "''", StringComparison.Ordinal);
        await using var connection = new DuckDBConnection($"DataSource={scratchDatabase}");
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        var stopwatch = Stopwatch.StartNew();
        await using (var load = connection.CreateCommand())
        {
            load.CommandText =
                $"CREATE TABLE ceiling AS SELECT * FROM read_csv('{glob}', skip = 4, header = true, quote = '\"', escape = '\"', " +
                "delim = ',', union_by_name = true, ignore_errors = true, parallel = true)";
            await load.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        await using (var checkpoint = connection.CreateCommand())
        {
            checkpoint.CommandText = "CHECKPOINT";
            await checkpoint.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        stopwatch.Stop();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM ceiling";
        var rows = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        return (rows, stopwatch.Elapsed);
    }
}
