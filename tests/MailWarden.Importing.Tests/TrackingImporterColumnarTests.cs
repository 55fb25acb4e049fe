using System.Globalization;
using System.Text;
using MailWarden.Core.Tracking;
using MailWarden.Importing.Store.DuckDb;
using MailWarden.Importing.Tests.Support;
using MailWarden.Tracking.Msgtrk;

namespace MailWarden.Importing.Tests;

/// <summary>
/// The columnar MSGTRK path stores exactly what the TrackingEvent path stores: the same <c>events</c> rows (every
/// column, NULLs included), the same rejections and the same checkpoints, on files of awkward rows, incrementally.
/// </summary>
public sealed class TrackingImporterColumnarTests
{
    private static readonly string[] Awkward =
    [
        "plain", "comma, inside", "quote \" inside", "\"\"", "line\r\nbreak", "lone\rcr", "semi;colon", "日本語 – é 😀",
        " leading and trailing ", "#hash",
    ];

    [Fact]
    public async Task Import_AwkwardRowsInManyFilesIncrementally_StoresTheSameAsTheEventPath()
    {
        await using var store = new TempStore();
        WriteLogs(store, rowsPerFile: 30);
        var general = new DuckDbTrackingStore(Path.Combine(store.Root, "general", "tracking.duckdb"), store.Options);

        // One big batch first (one commit of 40 checkpoints: the bulk upsert), then small ones.
        var columnarFirst = await store.Importer(batchRows: 100_000).ImportAsync([store.Logs]);
        var generalFirst = await Importer(general, columnar: false, batchRows: 100_000).ImportAsync([store.Logs]);
        AppendToLogs(store);
        var columnarSecond = await store.Importer(batchRows: 97).ImportAsync([store.Logs]);
        var generalSecond = await Importer(general, columnar: false).ImportAsync([store.Logs]);

        Assert.Equal(Describe(generalFirst), Describe(columnarFirst));
        Assert.Equal(Describe(generalSecond), Describe(columnarSecond));
        Assert.True(columnarFirst.Rows > 1_000);
        Assert.True(columnarFirst.Rejected > 0);
        Assert.Equal(await RowsAsync(general), await RowsAsync(store.Store));
        Assert.Equal(await CheckpointsAsync(general), await CheckpointsAsync(store.Store));
    }

    private static TrackingImporter Importer(DuckDbTrackingStore store, bool columnar, int batchRows = 97) =>
        new(store, new ImportOptions { BatchRows = batchRows, LockTimeout = TimeSpan.FromMinutes(1) }) { UseColumnarReader = columnar };

    private static void WriteLogs(TempStore store, int rowsPerFile)
    {
        var random = new Random(7);
        for (int file = 0; file < 40; file++)
        {
            var text = new StringBuilder();
            if (file % 10 == 3)
            {
                // A header-less file, as log shippers keep them.
                text.Append(MsgtrkText.Rows(file * 100, rowsPerFile));
            }
            else
            {
                text.Append(MsgtrkText.Header());
                AppendRows(text, random, file * 100, rowsPerFile);
            }
            MsgtrkText.Write(store.LogPath($"MSGTRK202403010{file % 10}-{file}.LOG"), text.ToString());
        }
    }

    private static void AppendToLogs(TempStore store)
    {
        var random = new Random(11);
        foreach (var log in Directory.GetFiles(store.Logs).Where((_, i) => i % 3 == 0))
        {
            var text = new StringBuilder();
            AppendRows(text, random, 10_000, 7);
            text.Append(MsgtrkText.Rows(20_000, 1)[..40]); // half-written last record
            MsgtrkText.Append(log, text.ToString());
        }
    }

    private static void AppendRows(StringBuilder text, Random random, int first, int count)
    {
        for (int n = first; n < first + count; n++)
        {
            var e = MsgtrkText.Event(n, server: $"EX{n % 3}") with
            {
                MessageSubject = Awkward[random.Next(Awkward.Length)] + n.ToString(CultureInfo.InvariantCulture),
                MessageId = n % 5 == 0 ? null : $"<m{n}@example.com>",
                SourceContext = Awkward[random.Next(Awkward.Length)],
                TotalBytes = n % 7 == 0 ? null : n,
            };
            MsgtrkWriter.AppendRow(text, e);
            switch (random.Next(12))
            {
                case 0:
                    text.Append("2024-03-01T08:00:00.000Z,,,,EX1,,,SMTP,RECEIVE\r\n"); // too few fields
                    break;
                case 1:
                    text.Append("#Fields: ").AppendJoin(',', MsgtrkFieldNames.Exchange2016).Append(",x-extra\r\n");
                    MsgtrkWriter.AppendRow(text, MsgtrkText.Event(n + 1));
                    text.Length -= 2;
                    text.Append(",\"extra, é\"\r\n");
                    text.Append("#Fields: ").AppendJoin(',', MsgtrkFieldNames.Exchange2016).Append("\r\n");
                    break;
                case 2:
                    MsgtrkWriter.AppendRow(text, MsgtrkText.Event(n) with { Timestamp = MsgtrkText.Start });
                    text.Replace("2024-03-01T08:00:00.000Z", "2024-03-01T09:00:00+01:00");
                    break;
                case 3:
                    text.Append("\r\n");
                    break;
                default:
                    break;
            }
        }
    }

    private static string Describe(ImportSummary summary) =>
        $"{summary.Files} {summary.Rows} {summary.Rejected} {summary.SkippedFiles} {summary.Bytes} {summary.HasFileErrors}\n{string.Join('\n', summary.Problems)}";

    private static async Task<List<string>> RowsAsync(DuckDbTrackingStore store)
    {
        await using var connection = await store.OpenSnapshotAsync();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT * EXCLUDE (seq) FROM events ORDER BY source_file, source_line";
        using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows.Add(string.Join(" | ", values.Select(v => v is DBNull ? "NULL" : Convert.ToString(v, CultureInfo.InvariantCulture))));
        }
        return rows;
    }

    private static async Task<List<string>> CheckpointsAsync(DuckDbTrackingStore store)
    {
        await using var writer = await store.OpenWriterAsync(TimeSpan.FromMinutes(1));
        var checkpoints = await writer.LoadCheckpointsAsync();
        return [.. checkpoints.OrderBy(c => c.Path, StringComparer.Ordinal).Select(c => $"{c.Path} {c.Size} {c.Position}")];
    }
}
