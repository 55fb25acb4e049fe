namespace MailWarden.Importing.Store.DuckDb;

/// <summary>
/// The steps of a commit, in order. A crash before <see cref="CatalogCommitted"/> leaves a file the catalog does not
/// list, which the next writer deletes; a crash after it loses nothing.
/// </summary>
internal enum StoreCommitStep
{
    /// <summary>The partition is written under its temporary name and fsync'd.</summary>
    PartitionWritten,
    /// <summary>The partition has its final name (durable), but the catalog does not list it yet: readers do not see it.</summary>
    Renamed,
    /// <summary>The catalog transaction (partition, checkpoints, next seq) is committed: the rows are visible.</summary>
    CatalogCommitted,
}
