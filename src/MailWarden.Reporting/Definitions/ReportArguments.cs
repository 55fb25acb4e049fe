namespace MailWarden.Reporting.Definitions;

/// <summary>
/// The report options as typed on a command line or in a web form, not yet parsed; <see langword="null"/>
/// or blank means "not given". <see cref="ReportRequestParser"/> turns them into a <see cref="ReportRequest"/>.
/// </summary>
public sealed record ReportArguments
{
    /// <summary><c>--start</c>: ISO 8601 date or date-time, UTC unless an offset is given.</summary>
    public string? Start { get; init; }

    /// <summary><c>--end</c>: ISO 8601 date or date-time (exclusive), UTC unless an offset is given.</summary>
    public string? End { get; init; }

    /// <summary><c>--sender</c>: an address.</summary>
    public string? Sender { get; init; }

    /// <summary><c>--recipients</c>: addresses separated by <c>,</c> or <c>;</c>.</summary>
    public string? Recipients { get; init; }

    /// <summary><c>--event-id</c>, e.g. <c>DELIVER</c>.</summary>
    public string? EventId { get; init; }

    /// <summary><c>--message-id</c>.</summary>
    public string? MessageId { get; init; }

    /// <summary><c>--message-subject</c>: a substring.</summary>
    public string? MessageSubject { get; init; }

    /// <summary><c>--server</c>: a server host name.</summary>
    public string? Server { get; init; }

    /// <summary><c>--source</c>, e.g. <c>SMTP</c>.</summary>
    public string? Source { get; init; }

    /// <summary><c>--top</c>: a positive whole number.</summary>
    public string? Top { get; init; }

    /// <summary><c>--by</c>: <c>day</c>, <c>hour</c> or <c>weekday</c>.</summary>
    public string? By { get; init; }

    /// <summary><c>--ranges</c>, e.g. <c>0,10KB,1MB</c>.</summary>
    public string? Ranges { get; init; }
}
