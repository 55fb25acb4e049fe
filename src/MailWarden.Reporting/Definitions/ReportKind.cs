namespace MailWarden.Reporting.Definitions;

/// <summary>The three shapes of report: their rows, columns and ordering differ.</summary>
public enum ReportKind
{
    /// <summary>Every event matching the filters, one row per log row, newest first (<c>report events</c>).</summary>
    Events,

    /// <summary>The whole path of the matching messages across servers, oldest first (<c>track</c>).</summary>
    Track,

    /// <summary>Mail counted and summed by a key (sender, recipient, server, size bucket...).</summary>
    Traffic,
}
