using MailWarden.Reporting.Definitions;
using MailWarden.Reporting.Results;

namespace MailWarden.Reporting.Tests.Fixtures;

/// <summary>Small results built by hand, for exporter and chart tests that need no database.</summary>
internal static class Results
{
    public static ReportResult Subjects(params (string Key, long Count, long Bytes)[] rows)
    {
        ReportCatalog.TryFind("count-by-subject", out var definition);
        return new ReportResult
        {
            Definition = definition!,
            Title = definition!.Title,
            Options = [new("--start", "2024-03-04T00:00:00Z")],
            Columns =
            [
                new("key", "Subject", ReportValueKind.Text),
                new("count", "Sent mails", ReportValueKind.Integer),
                new("bytes", "Bytes", ReportValueKind.Bytes),
            ],
            Rows = [.. rows.Select(r => new ReportRow([r.Key, r.Count, r.Bytes]))],
        };
    }
}
