using MailWarden.Core.Tracking;
using MailWarden.Reporting.Definitions;
using MailWarden.Reporting.Queries;
using MailWarden.Reporting.Tests.Fixtures;

namespace MailWarden.Reporting.Tests.Queries;

public sealed class RecipientKeyReportTests
{
    [Fact]
    public async Task TopRecipients_NonAsciiAndSpacedRecipients_CountedLowerCasedAndTrimmed()
    {
        var deliver = new TrackingEvent
        {
            Timestamp = new DateTime(2024, 3, 4, 9, 0, 0, DateTimeKind.Utc),
            ServerHostname = "EX1.corp.example",
            EventId = "DELIVER",
            Source = "STOREDRIVER",
            MessageId = "<u1@corp.example>",
            RecipientAddress = " ÉVE@Corp.example ; ;Bob@Corp.example",
            TotalBytes = 10,
        };
        var again = deliver with { MessageId = "<u2@corp.example>", RecipientAddress = " Bob@corp.example ;;éve@corp.EXAMPLE" };
        await using var connection = await EventTable.OpenAsync([deliver, again]);
        var request = ReportRequestParser.Parse("top-recipients-by-count", new ReportArguments());

        var result = await ReportRunner.DuckDb.RunAsync(connection, request);

        Assert.Equal(
            [("bob@corp.example", 2L, 20L), ("éve@corp.example", 2L, 20L)],
            result.Rows.Select(r => ((string)r[0]!, (long)r[1]!, (long)r[2]!)));
    }
}
