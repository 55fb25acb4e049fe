namespace MailWarden.Reporting.Export;

/// <summary>The file formats of <c>--format</c> that this library writes (the CLI draws <c>table</c> itself from the model).</summary>
public enum ReportFormat
{
    /// <summary>RFC 4180 CSV with a header row, UTF-8 without BOM.</summary>
    Csv,

    /// <summary>A JSON array of objects keyed by column name.</summary>
    Json,

    /// <summary>A self-contained HTML page with its chart.</summary>
    Html,
}
