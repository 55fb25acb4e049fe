using MailWarden.Reporting.Definitions;

namespace MailWarden.Reporting.Queries;

/// <summary>
/// The one place where reports become SQL, so that the CLI, the web console and scheduled delivery
/// print the same numbers. The SQL reads the <c>events</c> relation of <c>EventColumns</c>.
/// </summary>
public static class ReportSqlBuilder
{
    /// <summary>The parameterised SQL of <paramref name="request"/>.</summary>
    /// <exception cref="ReportArgumentException">The request cannot run (<see cref="ReportRequest.Validate"/>).</exception>
    public static ReportQuery Build(ReportRequest request, ReportSqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(dialect);
        var errors = request.Validate();
        if (errors.Count > 0)
        {
            throw new ReportArgumentException(errors);
        }
        return request.Definition.Kind == ReportKind.Traffic
            ? TrafficReportSql.Build(request, dialect)
            : EventReportSql.Build(request);
    }
}
