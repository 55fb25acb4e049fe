using System.CommandLine;
using MailWarden.Reporting.Definitions;

namespace MailWarden.Cli.Commands;

/// <summary>
/// The filters and output options of <c>report</c> and <c>track</c>, named as Get-MessageTrackingLog names them
/// (../shared/REPORTS.md).
/// </summary>
public static class ReportOptions
{
    /// <summary><c>--start</c>: inclusive start, ISO 8601, UTC unless an offset is given.</summary>
    public static Option<string?> Start { get; } = new("--start") { Description = "Inclusive start (ISO 8601; UTC unless an offset is given).", HelpName = "TIME" };

    /// <summary><c>--end</c>: exclusive end.</summary>
    public static Option<string?> End { get; } = new("--end") { Description = "Exclusive end (ISO 8601; UTC unless an offset is given).", HelpName = "TIME" };

    /// <summary><c>--sender</c>.</summary>
    public static Option<string?> Sender { get; } = new("--sender") { Description = "Sender address (case-insensitive).", HelpName = "ADDRESS" };

    /// <summary><c>--recipients</c>: one or more addresses.</summary>
    public static Option<string[]> Recipients { get; } = new("--recipients")
    {
        Description = "Recipient address(es), comma-separated or repeated (case-insensitive).",
        HelpName = "ADDRESS",
        AllowMultipleArgumentsPerToken = true,
        CustomParser = result => [.. result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
    };

    /// <summary><c>--event-id</c>.</summary>
    public static Option<string?> EventId { get; } = new("--event-id") { Description = "Event id, e.g. RECEIVE, DELIVER, FAIL.", HelpName = "ID" };

    /// <summary><c>--message-id</c>.</summary>
    public static Option<string?> MessageId { get; } = new("--message-id") { Description = "Message-Id header value, with or without <>.", HelpName = "ID" };

    /// <summary><c>--message-subject</c>: substring, case-insensitive.</summary>
    public static Option<string?> MessageSubject { get; } = new("--message-subject") { Description = "Subject contains this text (case-insensitive).", HelpName = "TEXT" };

    /// <summary><c>--server</c>.</summary>
    public static Option<string?> Server { get; } = new("--server") { Description = "Server host name as logged.", HelpName = "NAME" };

    /// <summary><c>--source</c>.</summary>
    public static Option<string?> Source { get; } = new("--source") { Description = "Logging component, e.g. SMTP, STOREDRIVER.", HelpName = "SOURCE" };

    /// <summary><c>--top N</c>.</summary>
    public static Option<string?> Top { get; } = new("--top") { Description = "Rows to show (traffic reports: default 10; events and track: all).", HelpName = "N" };

    /// <summary><c>--by day|hour|weekday</c>.</summary>
    public static Option<string?> By { get; } = new("--by") { Description = "Summarise: the top N within each day, hour or weekday.", HelpName = "day|hour|weekday" };

    /// <summary><c>--ranges</c> for count-by-custom-size-range.</summary>
    public static Option<string?> Ranges { get; } = new("--ranges") { Description = "Bucket boundaries for count-by-custom-size-range, e.g. 0,10KB,1MB,5MB.", HelpName = "LIST" };

    /// <summary><c>--format</c>.</summary>
    public static Option<string?> Format { get; } = new("--format")
    {
        Description = "table, csv, json or html (default: table on a terminal, csv when redirected).",
        HelpName = "FORMAT",
    };

    /// <summary><c>--output FILE</c>.</summary>
    public static Option<FileInfo?> Output { get; } = new("--output", "-o") { Description = "Write the report to this file instead of the terminal.", HelpName = "FILE" };

    /// <summary><c>--chart FILE.png|.svg</c>.</summary>
    public static Option<FileInfo?> Chart { get; } = new("--chart") { Description = "Also draw the report as a chart (.png or .svg).", HelpName = "FILE" };

    static ReportOptions()
    {
        Format.AcceptOnlyFromAmong("table", "csv", "json", "html");
    }

    /// <summary>The filter options, in help order.</summary>
    public static IReadOnlyList<Option> Filters { get; } =
        [Start, End, Sender, Recipients, EventId, MessageId, MessageSubject, Server, Source, Top];

    /// <summary>The options as typed, for the report parser shared with the console and scheduled delivery.</summary>
    public static ReportArguments ToArguments(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var recipients = parseResult.GetValue(Recipients);
        return new ReportArguments
        {
            Start = parseResult.GetValue(Start),
            End = parseResult.GetValue(End),
            Sender = parseResult.GetValue(Sender),
            Recipients = recipients is { Length: > 0 } ? string.Join(',', recipients) : null,
            EventId = parseResult.GetValue(EventId),
            MessageId = parseResult.GetValue(MessageId),
            MessageSubject = parseResult.GetValue(MessageSubject),
            Server = parseResult.GetValue(Server),
            Source = parseResult.GetValue(Source),
            Top = parseResult.GetValue(Top),
            By = parseResult.GetValue(By),
            Ranges = parseResult.GetValue(Ranges),
        };
    }

    /// <summary>The output options, in help order.</summary>
    public static IReadOnlyList<Option> Outputs { get; } = [Format, Output, Chart];
}
