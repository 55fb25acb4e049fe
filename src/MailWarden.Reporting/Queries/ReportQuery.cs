namespace MailWarden.Reporting.Queries;

/// <summary>
/// One report as SQL over the <c>events</c> relation: the text holds only our own SQL and numbered
/// placeholders (<c>$1</c>, <c>$2</c>...), every value given by the user travels in <see cref="Parameters"/>.
/// </summary>
/// <param name="Sql">The statement.</param>
/// <param name="Parameters">The values of <c>$1</c>, <c>$2</c>... in order.</param>
public sealed record ReportQuery(string Sql, IReadOnlyList<object> Parameters);
