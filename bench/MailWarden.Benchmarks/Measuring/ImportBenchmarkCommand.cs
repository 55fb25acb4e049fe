using System.Diagnostics;
using System.Globalization;
using MailWarden.Importing;
using MailWarden.Importing.Store.DuckDb;
using MailWarden.Reporting.Definitions;
using MailWarden.Reporting.Queries;

namespace MailWarden.Benchmarks.Measuring;

/// <summary>
/// <c>import --logs DIR --work DIR</c>: the end-to-end figures of the tracking issue on one log set. Imports it into
/// a fresh store (rows/s, MB/s, peak memory), loads the same files with DuckDB's own <c>read_csv</c> (the engine's
/// ceiling), then times every report on the imported store.
/// </summary>
public static class ImportBenchmarkCommand
{
    /// <summary>Runs the benchmark; returns the process exit code.</summary>
    public static async Task<int> RunAsync(BenchArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var logs = Path.GetFullPath(arguments.GetRequired("--logs"));
        var work = Path.GetFullPath(arguments.Get("--work") ?? Path.Combine(Path.GetTempPath(), "mailwarden-bench"));
        var repeat = (int)arguments.GetInt64("--repeat", 3);
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }
        Directory.CreateDirectory(work);
        var logBytes = Directory.EnumerateFiles(logs, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        Print($"log set: {logs} ({logBytes / 1048576.0:N0} MiB), {Environment.ProcessorCount} cores, .NET {Environment.Version}");

        var database = Path.Combine(work, "bench.duckdb");
        var store = new DuckDbTrackingStore(database);
        await using (store.ConfigureAwait(false))
        {
            var options = new ImportOptions { Database = database };
            var importer = new TrackingImporter(store, options);
            var summary = await importer.ImportAsync([logs]).ConfigureAwait(false);
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;
            Print($"import:        {summary.Rows:N0} rows in {summary.Elapsed.TotalSeconds:N1} s = {summary.RowsPerSecond:N0} rows/s, " +
                  $"{summary.Bytes / 1048576.0 / summary.Elapsed.TotalSeconds:N0} MB/s, {summary.Rejected:N0} rejected, peak working set {peak / 1048576.0:N0} MiB");

            if (!arguments.Has("--no-ceiling"))
            {
                var (ceilingRows, ceilingElapsed) = await DuckDbReadCsvCeiling.MeasureAsync(logs, Path.Combine(work, "ceiling.duckdb")).ConfigureAwait(false);
                var ceilingRate = ceilingRows / ceilingElapsed.TotalSeconds;
                Print($"duckdb read_csv: {ceilingRows:N0} rows in {ceilingElapsed.TotalSeconds:N1} s = {ceilingRate:N0} rows/s; " +
                      $"our import = {summary.RowsPerSecond / ceilingRate:N2}x read_csv");
                File.Delete(Path.Combine(work, "ceiling.duckdb"));
            }

            await TimeReportsAsync(store, repeat).ConfigureAwait(false);
        }
        return 0;
    }

    private static async Task TimeReportsAsync(DuckDbTrackingStore store, int repeat)
    {
        var connection = await store.OpenSnapshotAsync().ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            string? messageId;
            await using (var pick = connection.CreateCommand())
            {
                pick.CommandText = "SELECT message_id FROM events WHERE message_id IS NOT NULL LIMIT 1 OFFSET 1000";
                messageId = (string?)await pick.ExecuteScalarAsync().ConfigureAwait(false);
            }
            var cases = new List<(string Label, ReportArguments Arguments, string Name)>();
            foreach (var definition in ReportCatalog.All)
            {
                var arguments = new ReportArguments
                {
                    MessageId = definition.Kind == ReportKind.Track ? messageId : null,
                    Ranges = definition.TakesRanges ? "0,10KB,100KB,1MB,10MB" : null,
                    EventId = definition.Kind == ReportKind.Events ? "FAIL" : null,
                };
                cases.Add((definition.Name + (definition.Kind == ReportKind.Events ? " --event-id FAIL" : ""), arguments, definition.Name));
            }
            cases.Add(("events (all, --top 100)", new ReportArguments { Top = "100" }, "events"));
            cases.Add(("top-senders-by-count --by day", new ReportArguments { By = "day" }, "top-senders-by-count"));
            cases.Add(("top-recipients-by-size --by weekday", new ReportArguments { By = "weekday" }, "top-recipients-by-size"));
            cases.Add(("count-by-server --by hour", new ReportArguments { By = "hour" }, "count-by-server"));
            cases.Add(("top-senders-by-count, one day", new ReportArguments { Start = "2026-10-10", End = "2026-10-11" }, "top-senders-by-count"));

            Print($"reports ({repeat} runs each, best and worst):");
            foreach (var (label, arguments, name) in cases)
            {
                var request = ReportRequestParser.Parse(name, arguments);
                var times = new List<double>();
                var rows = 0;
                for (var i = 0; i < repeat; i++)
                {
                    var stopwatch = Stopwatch.StartNew();
                    var result = await ReportRunner.DuckDb.RunAsync(connection, request).ConfigureAwait(false);
                    times.Add(stopwatch.Elapsed.TotalMilliseconds);
                    rows = result.Rows.Count;
                }
                Print($"  {label,-45} {times.Min(),8:N0} ms  {times.Max(),8:N0} ms  ({rows:N0} rows)");
            }
        }
    }

    private static void Print(string line) => Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));
}
