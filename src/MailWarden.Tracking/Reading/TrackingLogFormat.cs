namespace MailWarden.Tracking.Reading;

/// <summary>The kinds of tracking log MailWarden reads; detected from a file's first bytes, never from its name.</summary>
public enum TrackingLogFormat
{
    /// <summary>Exchange 2007-2019 <c>MSGTRK*.LOG</c> (and our gateway's own log): W3C-style header, CSV rows.</summary>
    Msgtrk,
    /// <summary>Exchange 2000/2003 tab-separated tracking log with numeric event ids.</summary>
    Exchange2003,
    /// <summary>Exchange Online message trace as JSON (one record per line, or an array).</summary>
    ExchangeOnlineJson,
    /// <summary>Exchange Online message trace as CSV (Get-MessageTrace | Export-Csv, or the admin centre's download).</summary>
    ExchangeOnlineCsv,
    /// <summary><c>Get-MessageTrackingLog | Export-Csv</c>: PowerShell property names as columns.</summary>
    PowerShellCsv,
}
