namespace MailWarden.Reporting.Definitions;

/// <summary>What the <c>count</c> column of a traffic report adds up.</summary>
public enum TrafficCount
{
    /// <summary>The number of mails (sent, received or group mails).</summary>
    Mails,

    /// <summary>The sum of <c>recipient-count</c> of sent mail.</summary>
    Recipients,
}
