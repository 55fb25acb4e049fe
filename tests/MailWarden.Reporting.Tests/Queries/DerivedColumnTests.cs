using MailWarden.Reporting.Definitions;
using MailWarden.Reporting.Queries;
using MailWarden.Reporting.Tests.Fixtures;

namespace MailWarden.Reporting.Tests.Queries;

/// <summary>
/// Reports read the import's derived columns (recipient_keys) where present and the logged columns otherwise:
/// both give the same rows, so a store with partitions written before a derived column existed reports the same.
/// </summary>
public sealed class DerivedColumnTests
{
    public static TheoryData<string, string?, string?> Cases()
    {
        var data = new TheoryData<string, string?, string?>();
        foreach (var definition in ReportCatalog.All.Where(d => d.Kind == ReportKind.Traffic))
        {
            data.Add(definition.Name, null, null);
            data.Add(definition.Name, "day", null);
            data.Add(definition.Name, null, "bob@corp.example,CAROL@corp.example");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task TrafficReport_WithoutDerivedColumns_GivesTheSameRows(string report, string? by, string? recipients)
    {
        var request = ReportRequestParser.Parse(report, new ReportArguments
        {
            Start = "2024-03-01",
            End = "2024-04-01",
            By = by,
            Recipients = recipients,
            Ranges = ReportCatalog.All.Single(d => d.Name == report).TakesRanges ? "0,10KB,1MB" : null,
            Top = "100",
        });

        var derived = await RowsAsync(request, derivedColumns: true);
        var logged = await RowsAsync(request, derivedColumns: false);

        Assert.NotEmpty(logged);
        Assert.Equal(logged, derived);
    }

    [Fact]
    public async Task TopRecipients_NonAsciiAndSpacedRecipients_NormalisedByTheEngine()
    {
        var deliver = new MailWarden.Core.Tracking.TrackingEvent
        {
            Timestamp = new DateTime(2024, 3, 4, 9, 0, 0, DateTimeKind.Utc),
            ServerHostname = "EX1.corp.example",
            EventId = "DELIVER",
            Source = "STOREDRIVER",
            MessageId = "<u1@corp.example>",
            RecipientAddress = " ÉVE@Corp.example ; ;Bob@Corp.example",
            TotalBytes = 10,
        };
        var ascii = deliver with { MessageId = "<u2@corp.example>", RecipientAddress = " Bob@corp.example ;;" };
        await using var connection = await EventTable.OpenAsync([deliver, ascii]);
        var request = ReportRequestParser.Parse("top-recipients-by-count", new ReportArguments());

        var result = await ReportRunner.DuckDb.RunAsync(connection, request);

        Assert.Equal(
            [("bob@corp.example", 2L, 20L), ("éve@corp.example", 1L, 10L)],
            result.Rows.Select(r => ((string)r[0]!, (long)r[1]!, (long)r[2]!)));
    }

    private static async Task<List<string>> RowsAsync(ReportRequest request, bool derivedColumns)
    {
        await using var connection = await TrafficFixture.OpenAsync(derivedColumns);
        var result = await ReportRunner.DuckDb.RunAsync(connection, request);
        return [.. result.Rows.Select(r => string.Join("|", r))];
    }
}
