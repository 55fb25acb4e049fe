using System.Globalization;
using MailWarden.Reporting.Definitions;

namespace MailWarden.Reporting.Queries;

/// <summary>Turns the sortable period values of the SQL into labels: <c>yyyy-MM-dd</c>, <c>00</c>-<c>23</c>, <c>Monday</c>-<c>Sunday</c>.</summary>
internal static class PeriodLabels
{
    private static readonly string[] IsoWeekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public static string Label(SummaryPeriod by, object value) => by switch
    {
        SummaryPeriod.Day => value switch
        {
            DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTime dateTime => dateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => throw new InvalidOperationException($"A day period came back as {value.GetType()}, not a date."),
        },
        SummaryPeriod.Hour => Convert.ToInt32(value, CultureInfo.InvariantCulture).ToString("00", CultureInfo.InvariantCulture),
        SummaryPeriod.Weekday => IsoWeekdays[Convert.ToInt32(value, CultureInfo.InvariantCulture) - 1],
        _ => throw new ArgumentOutOfRangeException(nameof(by), by, "Not a summary period."),
    };
}
