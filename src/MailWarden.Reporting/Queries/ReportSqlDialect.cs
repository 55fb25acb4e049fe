namespace MailWarden.Reporting.Queries;

/// <summary>
/// The few pieces of report SQL that differ between engines. Everything else is SQL that DuckDB and
/// PostgreSQL both read; docs/reports.md lists what each engine needs here.
/// </summary>
public abstract class ReportSqlDialect
{
    /// <summary>The embedded store's engine.</summary>
    public static ReportSqlDialect DuckDb { get; } = new DuckDbReportSqlDialect();

    /// <summary>
    /// A SELECT that keeps, for each group of <paramref name="groupBy"/>, the values of its earliest row by
    /// (<c>date_time</c>, <c>seq</c>), under the given aliases.
    /// </summary>
    internal abstract string EarliestPerGroup(
        string from, string where, IReadOnlyList<string> groupBy, IReadOnlyList<(string Expression, string Alias)> columns);

    /// <summary>A set-returning expression of the SELECT list: one row per <c>;</c>-separated value of <paramref name="column"/>.</summary>
    internal abstract string SplitToRows(string column);

    /// <summary><paramref name="expression"/> made to sort by code point, whatever the default collation.</summary>
    internal abstract string Ordinal(string expression);
}
