namespace MailWarden.Reporting.Definitions;

/// <summary>
/// The filters of REPORTS.md, applied to event rows before any counting. Text filters compare
/// case-insensitively; <see cref="MessageSubject"/> is a substring. Empty means "no filter".
/// </summary>
public sealed record ReportFilter
{
    /// <summary><c>--start</c>: events at or after this instant.</summary>
    public DateTimeOffset? Start { get; init; }

    /// <summary><c>--end</c>: events before this instant (exclusive).</summary>
    public DateTimeOffset? End { get; init; }

    /// <summary><c>--sender</c>: <c>sender-address</c> equal to this, ignoring case.</summary>
    public string? Sender { get; init; }

    /// <summary><c>--recipients</c>: rows with any of these among their recipients, ignoring case.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary><c>--event-id</c>: <c>event-id</c> equal to this, ignoring case.</summary>
    public string? EventId { get; init; }

    /// <summary><c>--message-id</c>: <c>message-id</c> equal to this, with or without its angle brackets, or the message key.</summary>
    public string? MessageId { get; init; }

    /// <summary><c>--message-subject</c>: <c>message-subject</c> containing this, ignoring case.</summary>
    public string? MessageSubject { get; init; }

    /// <summary><c>--server</c>: <c>server-hostname</c> equal to this, ignoring case.</summary>
    public string? Server { get; init; }

    /// <summary><c>--source</c>: <c>source</c> equal to this, ignoring case.</summary>
    public string? Source { get; init; }
}
