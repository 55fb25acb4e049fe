namespace MailWarden.Importing.Store.DuckDb;

/// <summary>
/// The files of one embedded store, all beside the catalog named by <c>--db</c>: <c>FILE</c> (DuckDB catalog),
/// <c>FILE.events/</c> (Parquet partitions), <c>FILE.lock</c> (import lock) and <c>FILE.lock.owner</c> (who holds it).
/// </summary>
internal sealed class StoreLayout
{
    public const string PartitionExtension = ".parquet";
    public const string TemporaryExtension = ".tmp";

    public StoreLayout(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        CatalogPath = Path.GetFullPath(databasePath);
        PartitionDirectory = CatalogPath + ".events";
        LockPath = CatalogPath + ".lock";
        LockOwnerPath = CatalogPath + ".lock.owner";
    }

    public string CatalogPath { get; }

    public string PartitionDirectory { get; }

    public string LockPath { get; }

    public string LockOwnerPath { get; }

    public string PartitionPath(string file) => Path.Combine(PartitionDirectory, file);

    public string TemporaryPath(string file) => PartitionPath(file) + TemporaryExtension;

    /// <summary>A new partition file name: unique, sortable by creation.</summary>
    public static string NewPartitionFile(long firstSeq) => $"p{firstSeq:D15}-{Guid.NewGuid():N}{PartitionExtension}";
}
