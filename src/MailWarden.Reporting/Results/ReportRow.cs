namespace MailWarden.Reporting.Results;

/// <summary>One row of a <see cref="ReportResult"/>: a value per column, typed as its <see cref="ReportColumn.Kind"/> says.</summary>
/// <param name="Values">The values, in column order; <see langword="null"/> where a field is empty.</param>
public sealed record ReportRow(IReadOnlyList<object?> Values)
{
    /// <summary>The value of a column, by index.</summary>
    public object? this[int column] => Values[column];
}
