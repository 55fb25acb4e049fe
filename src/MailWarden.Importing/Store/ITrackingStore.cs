using System.Data.Common;

namespace MailWarden.Importing.Store;

/// <summary>
/// Where imported tracking events live. Reports read through <see cref="OpenSnapshotAsync"/>; the importer writes
/// through <see cref="OpenWriterAsync"/>. The embedded DuckDB store is the default; a PostgreSQL store will
/// implement the same contract.
/// </summary>
public interface ITrackingStore : IAsyncDisposable
{
    /// <summary>
    /// Opens a connection on which the relation <c>events</c> (columns: <see cref="EventColumns"/>) is a consistent
    /// snapshot of the committed events; imports that commit later do not change it and are not blocked by it.
    /// The caller disposes the connection, and should not keep it longer than a report needs.
    /// </summary>
    /// <param name="cancellationToken">Stops waiting for a writer that is committing.</param>
    /// <returns>An open connection.</returns>
    /// <exception cref="TimeoutException">The catalog stayed locked by another process for too long.</exception>
    ValueTask<DbConnection> OpenSnapshotAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes the store's import lock (one importer per store, across processes) and returns the writer that holds
    /// it until disposed. Waits up to <paramref name="lockTimeout"/> while another importer holds it.
    /// </summary>
    /// <param name="lockTimeout">How long to wait for another importer; zero fails at once.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The writer.</returns>
    /// <exception cref="StoreLockedException">Another importer still held the lock after <paramref name="lockTimeout"/>.</exception>
    ValueTask<ITrackingStoreWriter> OpenWriterAsync(TimeSpan lockTimeout, CancellationToken cancellationToken = default);
}
