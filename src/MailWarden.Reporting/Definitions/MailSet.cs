namespace MailWarden.Reporting.Definitions;

/// <summary>Which mail a traffic report counts, as the "Words" of REPORTS.md define it.</summary>
public enum MailSet
{
    /// <summary>The earliest <c>RECEIVE</c> (source <c>SMTP</c> or <c>STOREDRIVER</c>) of each message in the filter window.</summary>
    Sent,

    /// <summary>One <c>DELIVER</c> per (message, recipient): the earliest.</summary>
    Received,

    /// <summary>One <c>EXPAND</c> per (message, group), the group being <c>related-recipient-address</c>: the earliest.</summary>
    Group,
}
