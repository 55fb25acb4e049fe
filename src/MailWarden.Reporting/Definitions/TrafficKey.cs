namespace MailWarden.Reporting.Definitions;

/// <summary>What the rows of a traffic report are.</summary>
public enum TrafficKey
{
    /// <summary><c>sender-address</c>, lower case.</summary>
    Sender,

    /// <summary>One recipient of <c>recipient-address</c>, lower case.</summary>
    Recipient,

    /// <summary><c>related-recipient-address</c> of an <c>EXPAND</c>, lower case.</summary>
    Group,

    /// <summary><c>client-ip</c>; mail without one is left out.</summary>
    ClientIp,

    /// <summary><c>server-hostname</c> as logged.</summary>
    Server,

    /// <summary><c>message-subject</c> as logged, trimmed; an empty subject is the empty key.</summary>
    Subject,

    /// <summary>The size bucket of <c>total-bytes</c> (default or <c>--ranges</c>).</summary>
    SizeRange,
}
