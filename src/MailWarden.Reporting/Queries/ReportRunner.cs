using System.Data.Common;
using MailWarden.Reporting.Definitions;
using MailWarden.Reporting.Results;

namespace MailWarden.Reporting.Queries;

/// <summary>Runs a report on an open connection whose <c>events</c> relation has the <c>EventColumns</c> schema.</summary>
/// <param name="dialect">The SQL engine behind the connection.</param>
public sealed class ReportRunner(ReportSqlDialect dialect)
{
    /// <summary>A runner for the embedded DuckDB store.</summary>
    public static ReportRunner DuckDb { get; } = new(ReportSqlDialect.DuckDb);

    /// <summary>Runs <paramref name="request"/> and returns every row it found.</summary>
    /// <exception cref="ReportArgumentException">The request cannot run (<see cref="ReportRequest.Validate"/>).</exception>
    /// <exception cref="DbException">The engine refused the query (e.g. no <c>events</c> relation).</exception>
    public async Task<ReportResult> RunAsync(DbConnection connection, ReportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(request);
        var query = ReportSqlBuilder.Build(request, dialect);
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
#pragma warning disable CA2100 // The text is our own SQL; every user value is a parameter (ReportQuery).
            command.CommandText = query.Sql;
#pragma warning restore CA2100
            foreach (var value in query.Parameters)
            {
                var parameter = command.CreateParameter();
                parameter.Value = value;
                command.Parameters.Add(parameter);
            }
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                var traffic = request.Definition.Kind == ReportKind.Traffic;
                var rows = traffic
                    ? await TrafficRows.ReadAsync(reader, request, cancellationToken).ConfigureAwait(false)
                    : await EventRows.ReadAsync(reader, cancellationToken).ConfigureAwait(false);
                return new ReportResult
                {
                    Definition = request.Definition,
                    Title = request.By == SummaryPeriod.None
                        ? request.Definition.Title
                        : $"{request.Definition.Title}, by {request.By.ToString().ToLowerInvariant()}",
                    Options = ReportOptionsDescription.Describe(request),
                    Columns = traffic ? TrafficRows.Columns(request) : EventFields.Columns(request.Definition.Kind),
                    Rows = rows,
                    By = request.By,
                };
            }
        }
    }
}
