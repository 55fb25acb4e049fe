using System.Diagnostics;
using DuckDB.NET.Data;
using MailWarden.Core.Tracking;

namespace MailWarden.Benchmarks.Measuring;

/// <summary>
/// The engine's ceiling for comparison: how long DuckDB's own <c>read_csv</c> needs to load the same MSGTRK files
/// into a table of a fresh database file. The four <c>#</c> lines before <c>#Fields:</c> are skipped and the
/// <c>#Fields:</c> header row is read as the header. The
/// columns are given with their types, as the store has them.
/// </summary>
public static class DuckDbReadCsvCeiling
{
    // The 30 fields of Exchange 2016/2019, typed as our store types them, given up front so that DuckDB does not
    // sniff each of thousands of files (with sniffing it spends most of its time there: an unfair ceiling).
    private static string Columns() =>
        "{" + string.Join(", ", MsgtrkFieldNames.Exchange2016.Select(field => $"'{field}': '{field switch
        {
            MsgtrkFieldNames.DateTime => "TIMESTAMP",
            MsgtrkFieldNames.TotalBytes => "BIGINT",
            MsgtrkFieldNames.RecipientCount => "INTEGER",
            _ => "VARCHAR",
        }}'")) + "}";

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
                $"CREATE TABLE ceiling AS SELECT * FROM read_csv('{glob}', skip = 4, header = true, auto_detect = false, " +
                $"quote = '\"', escape = '\"', delim = ',', timestampformat = '%Y-%m-%dT%H:%M:%S.%gZ', columns = {Columns()})";
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
