using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace MailWarden.Reporting.Definitions;

/// <summary>
/// Turns a report name and its options as typed (<see cref="ReportArguments"/>) into a
/// <see cref="ReportRequest"/>, listing every problem at once. The CLI, the web console and scheduled
/// delivery all go through here, so an option means the same everywhere.
/// </summary>
public static class ReportRequestParser
{
    private static readonly char[] AddressSeparators = [',', ';'];

    /// <summary>Parses a report name and its options.</summary>
    /// <exception cref="ReportArgumentException">The name is unknown or an option is wrong; <see cref="ReportArgumentException.Errors"/> lists them all.</exception>
    public static ReportRequest Parse(string reportName, ReportArguments arguments) =>
        TryParse(reportName, arguments, out var request, out var errors) ? request : throw new ReportArgumentException(errors);

    /// <summary>Parses a report name and its options; on failure <paramref name="errors"/> lists every problem.</summary>
    /// <returns><see langword="false"/> when the name is unknown or an option is wrong.</returns>
    public static bool TryParse(
        string reportName, ReportArguments arguments, [NotNullWhen(true)] out ReportRequest? request, out IReadOnlyList<string> errors)
    {
        ArgumentNullException.ThrowIfNull(reportName);
        ArgumentNullException.ThrowIfNull(arguments);
        request = null;
        if (!ReportCatalog.TryFind(reportName.Trim(), out var definition))
        {
            errors = [$"report: '{reportName}' is not a report; the reports are {string.Join(", ", ReportCatalog.All.Select(d => d.Name))}."];
            return false;
        }

        var problems = new List<string>();
        var filter = new ReportFilter
        {
            Start = ParseInstant("--start", arguments.Start, problems),
            End = ParseInstant("--end", arguments.End, problems),
            Sender = Given(arguments.Sender),
            Recipients = Given(arguments.Recipients)?.Split(AddressSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
            EventId = Given(arguments.EventId),
            MessageId = Given(arguments.MessageId),
            MessageSubject = Given(arguments.MessageSubject),
            Server = Given(arguments.Server),
            Source = Given(arguments.Source),
        };
        var candidate = new ReportRequest(definition)
        {
            Filter = filter,
            Top = ParseTop(arguments.Top, problems),
            By = ParsePeriod(arguments.By, problems),
            Ranges = ParseRanges(arguments.Ranges, problems),
        };
        // An option that failed to parse is null in the candidate: keep its own error, not a second one about it.
        problems.AddRange(candidate.Validate().Where(e => !problems.Exists(p => SameOption(p, e))));
        errors = problems;
        if (problems.Count > 0)
        {
            return false;
        }
        request = candidate;
        return true;
    }

    private static bool SameOption(string first, string second) =>
        first.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 &&
        second.StartsWith(first[..(colon + 1)], StringComparison.Ordinal);

    private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateTimeOffset? ParseInstant(string option, string? text, List<string> problems)
    {
        if (Given(text) is not { } value)
        {
            return null;
        }
        if (IsoTimestamp.TryParse(value, out var instant))
        {
            return instant;
        }
        problems.Add($"{option}: '{value}' is not an ISO 8601 date or time (e.g. 2024-03-01, 2024-03-01T08:00:00Z, 2024-03-01T10:00:00+02:00).");
        return null;
    }

    private static int? ParseTop(string? text, List<string> problems)
    {
        if (Given(text) is not { } value)
        {
            return null;
        }
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var top) && top >= 1)
        {
            return top;
        }
        problems.Add($"--top: '{value}' is not a positive whole number.");
        return null;
    }

    private static SummaryPeriod ParsePeriod(string? text, List<string> problems)
    {
        switch (Given(text)?.ToUpperInvariant())
        {
            case null:
                return SummaryPeriod.None;
            case "DAY":
                return SummaryPeriod.Day;
            case "HOUR":
                return SummaryPeriod.Hour;
            case "WEEKDAY":
                return SummaryPeriod.Weekday;
            default:
                problems.Add($"--by: '{text!.Trim()}' is not a period; use day, hour or weekday.");
                return SummaryPeriod.None;
        }
    }

    private static SizeRanges? ParseRanges(string? text, List<string> problems)
    {
        if (Given(text) is not { } value)
        {
            return null;
        }
        if (SizeRanges.TryParse(value, out var ranges, out var error))
        {
            return ranges;
        }
        problems.Add(error);
        return null;
    }
}
