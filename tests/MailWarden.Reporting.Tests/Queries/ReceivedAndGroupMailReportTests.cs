using static MailWarden.Reporting.Tests.Fixtures.ReportTesting;

namespace MailWarden.Reporting.Tests.Queries;

/// <summary>
/// Received mail (one DELIVER per message and recipient) and group mail (one EXPAND per message and group).
/// DELIVERs in the window: e5 M1 bob;Carol 10300, e6 M1 BOB again, e8 M2 dave 51200, e10 M3 alice 0,
/// e14 M4 alice;carol;dave 10239, e18 M5 bob;dave 1048600, e21 M6 alice;bob 5242880 (e27 is after the end).
/// EXPANDs: e12 M4 All@ 10239 by bob, e13 M4 all@ again, e17 M5 sales@ 1048600 by carol, e20 M6 all@ 5242880 by dave.
/// </summary>
public sealed class ReceivedAndGroupMailReportTests
{
    [Fact]
    public async Task TopRecipientsByCount_Window_CountsEachRecipientOncePerMessage()
    {
        var rows = await TrafficAsync("top-recipients-by-count", Window);

        // alice: M3 0 + M4 10239 + M6 5242880 = 5253119
        // bob: M1 10300 (once, though delivered as bob and BOB) + M5 1048600 + M6 5242880 = 6301780
        // dave: M2 51200 + M4 10239 + M5 1048600 = 1110039; carol: M1 10300 + M4 10239 = 20539
        Assert.Equal(
            [
                ("alice@corp.example", 3L, 5253119L),
                ("bob@corp.example", 3L, 6301780L),
                ("dave@corp.example", 3L, 1110039L),
                ("carol@corp.example", 2L, 20539L),
            ],
            rows);
    }

    [Fact]
    public async Task TopRecipientsBySize_Window_OrdersByBytes()
    {
        var rows = await TrafficAsync("top-recipients-by-size", Window);

        Assert.Equal(
            [
                ("bob@corp.example", 3L, 6301780L),
                ("alice@corp.example", 3L, 5253119L),
                ("dave@corp.example", 3L, 1110039L),
                ("carol@corp.example", 2L, 20539L),
            ],
            rows);
    }

    [Fact]
    public async Task TopRecipientsByCount_RecipientFilter_CountsOnlyTheFilteredRecipient()
    {
        var rows = await TrafficAsync("top-recipients-by-count", Window with { Recipients = "CAROL@corp.example" });

        // e5 goes to bob;Carol and e14 to alice;carol;dave, but only carol's deliveries count.
        Assert.Equal([("carol@corp.example", 2L, 20539L)], rows);
    }

    [Fact]
    public async Task TopGroupsByCount_Window_CountsEachGroupOncePerMessage()
    {
        var rows = await TrafficAsync("top-groups-by-count", Window);

        // all@: M4 10239 (e12 and e13, All@ and all@, once) + M6 5242880 = 5253119; sales@: M5 1048600.
        Assert.Equal([("all@corp.example", 2L, 5253119L), ("sales@corp.example", 1L, 1048600L)], rows);
    }

    [Fact]
    public async Task TopGroupsBySize_Window_OrdersByBytes()
    {
        var rows = await TrafficAsync("top-groups-by-size", Window with { Top = "1" });

        Assert.Equal([("all@corp.example", 2L, 5253119L)], rows);
    }

    [Fact]
    public async Task TopSendersToGroupsByCount_Window_TiesGoByKey()
    {
        var rows = await TrafficAsync("top-senders-to-groups-by-count", Window);

        Assert.Equal(
            [
                ("bob@corp.example", 1L, 10239L),
                ("carol@corp.example", 1L, 1048600L),
                ("dave@corp.example", 1L, 5242880L),
            ],
            rows);
    }

    [Fact]
    public async Task TopSendersToGroupsBySize_Window_OrdersByBytes()
    {
        var rows = await TrafficAsync("top-senders-to-groups-by-size", Window);

        Assert.Equal(
            [
                ("dave@corp.example", 1L, 5242880L),
                ("carol@corp.example", 1L, 1048600L),
                ("bob@corp.example", 1L, 10239L),
            ],
            rows);
    }
}
