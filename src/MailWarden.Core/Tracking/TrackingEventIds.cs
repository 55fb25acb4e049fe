namespace MailWarden.Core.Tracking;

/// <summary>
/// Event ids of the message tracking log. Any other id read from a log is kept as written: this list
/// names the ones the reports know, it is never a filter.
/// </summary>
public static class TrackingEventIds
{
#pragma warning disable CS1591 // The ids are Exchange's own; see docs/tracking-formats.md for their meaning.
    public const string AgentInfo = "AGENTINFO";
    public const string Defer = "DEFER";
    public const string Deliver = "DELIVER";
    public const string Dsn = "DSN";
    public const string DuplicateDeliver = "DUPLICATEDELIVER";
    public const string Expand = "EXPAND";
    public const string Fail = "FAIL";
    public const string PoisonMessage = "POISONMESSAGE";
    public const string Receive = "RECEIVE";
    public const string Redirect = "REDIRECT";
    public const string Resolve = "RESOLVE";
    public const string Send = "SEND";
    public const string Submit = "SUBMIT";
    public const string Transfer = "TRANSFER";
#pragma warning restore CS1591
}
