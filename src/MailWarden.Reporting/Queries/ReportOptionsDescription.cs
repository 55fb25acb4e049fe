using System.Globalization;
using MailWarden.Reporting.Definitions;

namespace MailWarden.Reporting.Queries;

/// <summary>The options a report ran with, as (option, value) pairs for titles, HTML pages and JSON consumers.</summary>
internal static class ReportOptionsDescription
{
    public static IReadOnlyList<KeyValuePair<string, string>> Describe(ReportRequest request)
    {
        var filter = request.Filter;
        var options = new List<KeyValuePair<string, string>>();
        void Add(string option, string? value)
        {
            if (value is not null)
            {
                options.Add(new(option, value));
            }
        }
        Add("--start", filter.Start?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        Add("--end", filter.End?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        Add("--sender", filter.Sender);
        Add("--recipients", filter.Recipients.Count > 0 ? string.Join(',', filter.Recipients) : null);
        Add("--event-id", filter.EventId);
        Add("--message-id", filter.MessageId);
        Add("--message-subject", filter.MessageSubject);
        Add("--server", filter.Server);
        Add("--source", filter.Source);
        Add("--top", request.EffectiveTop?.ToString(CultureInfo.InvariantCulture));
        Add("--by", request.By == SummaryPeriod.None ? null : request.By.ToString().ToLowerInvariant());
        Add("--ranges", request.Definition.Key == TrafficKey.SizeRange && request.Definition.Kind == ReportKind.Traffic
            ? request.EffectiveRanges.ToString() : null);
        return options;
    }
}
