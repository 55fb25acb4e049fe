namespace MailWarden.Importing;

/// <summary>
/// The <c>Import</c> configuration section: what the scheduled import reads, when, and into which store.
/// Validated at start by <see cref="ImportOptionsValidator"/>, every error listed at once.
/// </summary>
public sealed class ImportOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Import";

    /// <summary>The default <see cref="BatchRows"/>: about 120 MB of column data for typical Exchange rows.</summary>
    public const int DefaultBatchRows = 250_000;

    /// <summary>Folders (searched recursively) and files to import; files that are not tracking logs are skipped.</summary>
    public IList<string> Folders { get; } = [];

    /// <summary>Run the import every this long (after the previous run ends). Give this or <see cref="Cron"/>, not both.</summary>
    public TimeSpan? Interval { get; set; }

    /// <summary>A cron expression (five fields, or six with seconds; UTC) for when to run. Give this or <see cref="Interval"/>.</summary>
    public string? Cron { get; set; }

    /// <summary>Rows per partition: the importer commits (and frees the memory of) a batch every this many rows.</summary>
    public int BatchRows { get; set; } = DefaultBatchRows;

    /// <summary>The DuckDB catalog file of the store; its partitions live in the folder <c>&lt;Database&gt;.events/</c>.</summary>
    public string Database { get; set; } = string.Empty;

    /// <summary>How long an import waits for another importer (e.g. <c>serve</c>) to release the store before it fails.</summary>
    public TimeSpan LockTimeout { get; set; } = TimeSpan.FromMinutes(5);
}
