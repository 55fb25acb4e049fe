using MailWarden.Importing.Store;

namespace MailWarden.Reporting.Queries;

/// <summary>DuckDB's report SQL.</summary>
internal sealed class DuckDbReportSqlDialect : ReportSqlDialect
{
    // (date_time, seq) packed into one HUGEINT: microseconds in the high 64 bits, seq shifted to be
    // non-negative in the low 64, so comparing the numbers compares the pairs; cheaper than a struct key.
    private const string EarliestOrder =
        "CAST(epoch_us(date_time) AS HUGEINT) * 18446744073709551616 + (CAST(seq AS HUGEINT) + 9223372036854775808)";

    /// <summary>
    /// One <c>arg_min</c> per picked column, none for a column that is a group key: measured faster than one
    /// <c>arg_min</c> over a struct (which copies every field, strings too, at each new minimum), and about half the
    /// time of <c>DISTINCT ON</c> or <c>row_number()</c> on 10 million events (docs/reports.md).
    /// </summary>
    internal override string EarliestPerGroup(
        string from, string where, IReadOnlyList<string> groupBy, IReadOnlyList<(string Expression, string Alias)> columns)
    {
        var picks = string.Join(", ", columns.Select(c => groupBy.Contains(c.Expression) ? $"{c.Expression} AS {c.Alias}"
            // The order's high part is date_time, so the earliest row's time is the group's least time: a plain
            // min() gives the same value for much less work than arg_min (--by reports need it).
            : c.Expression == EventColumns.DateTime ? $"min({c.Expression}) AS {c.Alias}"
            : $"arg_min({c.Expression}, earliest_order) AS {c.Alias}"));
        return $"""
            SELECT {picks} FROM (
                SELECT *, {EarliestOrder} AS earliest_order
                FROM {from}
                WHERE {where}
            ) AS filtered
            GROUP BY {string.Join(", ", groupBy)}
            """;
    }

    internal override string SplitToRows(string column) => $"unnest(string_split({column}, ';'))";

    // DuckDB's default collation is binary: byte order of UTF-8, which is code point order.
    internal override string Ordinal(string expression) => expression;
}
