namespace MailWarden.Reporting.Definitions;

/// <summary>
/// The <c>--by</c> summary of a traffic report: the top N rows within each period. Periods come from the
/// time of the counted event (e.g. the earliest RECEIVE of sent mail), always in UTC.
/// </summary>
public enum SummaryPeriod
{
    /// <summary>No summary: one list of rows.</summary>
    None,

    /// <summary>The calendar date in UTC, <c>yyyy-MM-dd</c>.</summary>
    Day,

    /// <summary>The hour of day in UTC, <c>00</c> to <c>23</c>, over all days of the window (for each hour of one day, give a one-day window).</summary>
    Hour,

    /// <summary>The day of week in UTC, <c>Monday</c> to <c>Sunday</c>, over all weeks of the window.</summary>
    Weekday,
}
