namespace MailWarden.Reporting.Results;

/// <summary>The column names of every traffic report (REPORTS.md "Output").</summary>
public static class TrafficColumnNames
{
    /// <summary>The <c>--by</c> period (only with <c>--by</c>).</summary>
    public const string Period = "period";

    /// <summary>What the row is about: sender, recipient, group, client IP, server, subject or size bucket.</summary>
    public const string Key = "key";

    /// <summary>The number of mails (or the sum of recipient counts).</summary>
    public const string Count = "count";

    /// <summary>The sum of sizes in bytes.</summary>
    public const string Bytes = "bytes";
}
