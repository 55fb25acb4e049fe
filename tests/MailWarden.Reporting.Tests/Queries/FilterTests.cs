using static MailWarden.Reporting.Tests.Fixtures.ReportTesting;

namespace MailWarden.Reporting.Tests.Queries;

/// <summary>The filters select event rows before any counting, case-insensitively.</summary>
public sealed class FilterTests
{
    [Fact]
    public async Task Sender_OtherCase_MatchesIgnoringCase()
    {
        var rows = await TrafficAsync("top-senders-by-count", Window with { Sender = "ALICE@CORP.EXAMPLE" });

        Assert.Equal([("alice@corp.example", 2L, 61440L)], rows);
    }

    [Fact]
    public async Task Recipients_OneOfSeveral_MatchesRowsListingIt()
    {
        // Receives listing carol: M1's (e1 then e4; e1 is the earliest, 10240) and M10's (e28, 102400).
        var rows = await TrafficAsync("top-senders-by-count", Window with { Recipients = "nobody@corp.example, carol@CORP.example" });

        Assert.Equal([("alice@corp.example", 1L, 10240L), ("bob@corp.example", 1L, 102400L)], rows);
    }

    [Fact]
    public async Task Recipients_PrefixOfAnAddress_DoesNotMatch()
    {
        var rows = await TrafficAsync("top-senders-by-count", Window with { Recipients = "carol@corp" });

        Assert.Empty(rows);
    }

    [Fact]
    public async Task MessageSubject_Substring_MatchesIgnoringCase()
    {
        var rows = await TrafficAsync("count-by-subject", Window with { MessageSubject = "QUARTERLY" });

        Assert.Equal([("Quarterly report", 3L, 163840L)], rows);
    }

    [Fact]
    public async Task Server_Filter_TakesTheEarliestReceiveOnThatServer()
    {
        var rows = await TrafficAsync("count-by-server", Window with { Server = "ex2.corp.example" });

        // EX2's receives: M1 e4 10300, M3 0, M10 102400, M6 5242880, M8 10485760 = 15841340.
        Assert.Equal([("EX2.corp.example", 5L, 15841340L)], rows);
    }

    [Fact]
    public async Task Source_Filter_KeepsMailboxSubmissions()
    {
        var rows = await TrafficAsync("top-senders-by-count", Window with { Source = "storedriver" });

        Assert.Equal([("alice@corp.example", 1L, 51200L)], rows);
    }

    [Fact]
    public async Task MessageId_WithoutBrackets_FindsTheBracketedId()
    {
        var rows = await TrafficAsync("top-senders-by-count", Window with { MessageId = "m6@corp.example" });

        Assert.Equal([("dave@corp.example", 1L, 5242880L)], rows);
    }

    [Fact]
    public async Task EventId_NotReceive_LeavesNoSentMail()
    {
        var rows = await TrafficAsync("top-senders-by-count", Window with { EventId = "deliver" });

        Assert.Empty(rows);
    }
}
