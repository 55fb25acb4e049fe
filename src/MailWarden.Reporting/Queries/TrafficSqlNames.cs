namespace MailWarden.Reporting.Queries;

/// <summary>The output column aliases of traffic SQL, read back by <see cref="ReportRunner"/>.</summary>
internal static class TrafficSqlNames
{
    public const string Period = "report_period";
    public const string Key = "report_key";
    public const string Count = "report_count";
    public const string Bytes = "report_bytes";
}
