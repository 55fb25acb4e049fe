using MailWarden.Tracking.Reading;
using MailWarden.Tracking.Tests.Support;

namespace MailWarden.Tracking.Tests.Reading;

/// <summary><c>Get-MessageTrackingLog | Export-Csv</c> files (Fixtures/powershell/README.md).</summary>
public sealed class PowerShellCsvReaderTests
{
    [Fact]
    public void Read_CorrectExport_MapsPropertiesByNameAndConvertsOffsetsToUtc()
    {
        var sink = new RecordingSink();

        var result = TestFiles.ReadFile(TestFiles.FixturePath("powershell", "Get-MessageTrackingLog.csv"), sink);

        Assert.Equal(TrackingLogFormat.PowerShellCsv, result.Format);
        Assert.Empty(sink.Warnings);
        Assert.Equal(["RECEIVE", "DELIVER", "AGENTINFO"], sink.Events.Select(e => e.Event.EventId));
        Assert.Equal([3L, 4, 6], sink.Events.Select(e => e.Line));
        var receive = sink.Events[0].Event;
        Assert.Equal(new DateTime(2024, 1, 25, 15, 16, 9, 949, DateTimeKind.Utc), receive.Timestamp);
        Assert.Equal("alice@example.com;bob@example.com", receive.RecipientAddress);
        Assert.Equal("carol@example.org", receive.SenderAddress);
        Assert.Equal("Budget, \"final\" – Grüße", receive.MessageSubject);
        Assert.Equal("S:DeliveryPriority=Normal;S:AccountForest=corp.example.com", receive.CustomData);
        Assert.Equal("EX01\\Default EX01", receive.ConnectorId);
        Assert.Equal(7229, receive.TotalBytes);
        Assert.Equal(2, receive.RecipientCount);
        Assert.Contains(new KeyValuePair<string, string>("RunspaceId", "6f1c0a52-1d6e-4c1e-9f0e-3f5b2c1a9e10"), receive.ExtraFields);
        Assert.Equal(new DateTime(2024, 1, 25, 15, 16, 10, DateTimeKind.Utc), sink.Events[1].Event.Timestamp);
        var rejected = Assert.Single(sink.Rejected);
        Assert.Equal(5, rejected.LineNumber);
        Assert.Equal("TotalBytes", rejected.Field);
    }

    [Fact]
    public void Read_UnjoinedExport_ImportsRowsWithEmptyListsAndWarnsOncePerProblem()
    {
        var sink = new RecordingSink();

        TestFiles.ReadFile(TestFiles.FixturePath("powershell", "Get-MessageTrackingLog-unjoined.csv"), sink);

        Assert.Equal(2, sink.Events.Count);
        Assert.All(sink.Events, e => Assert.Null(e.Event.RecipientAddress));
        Assert.All(sink.Events, e => Assert.Null(e.Event.RecipientStatus));
        Assert.Null(sink.Events[0].Event.CustomData);
        Assert.Equal(new DateTime(2024, 1, 25, 15, 16, 9, DateTimeKind.Utc), sink.Events[0].Event.Timestamp);
        Assert.Equal(2, sink.Warnings.Count);
        Assert.Single(sink.Warnings, w => w.Contains("System.String[]", StringComparison.Ordinal) && w.Contains("docs/powershell-export.md", StringComparison.Ordinal));
        Assert.Single(sink.Warnings, w => w.Contains("read as UTC", StringComparison.Ordinal) && w.Contains("ToUniversalTime().ToString('o')", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_FromThePreviousEnd_UsesTheSavedHeader()
    {
        using var directory = new TempDirectory();
        var source = File.ReadAllText(TestFiles.FixturePath("powershell", "Get-MessageTrackingLog.csv"));
        var lines = source.Split("\r\n");
        var path = directory.Write("export.csv", string.Join("\r\n", lines[..3]) + "\r\n");
        var first = TestFiles.ReadFile(path, new RecordingSink());
        directory.Append(path, lines[3] + "\r\n");
        var sink = new RecordingSink();

        var second = TestFiles.ReadFile(path, sink, first.End);

        Assert.Equal("DELIVER", Assert.Single(sink.Events).Event.EventId);
        Assert.Equal(4, sink.Events[0].Line);
        Assert.Equal(first.End.Header, second.End.Header);
    }
}
