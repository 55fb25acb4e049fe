using System.CommandLine;
using MailWarden.Importing.Store.DuckDb;

namespace MailWarden.Cli.Commands;

/// <summary>Opens the store a command names, for reading.</summary>
public static class StoreAccess
{
    /// <summary>The store of <c>--db</c>/<c>--data</c>; fails with a message naming the file when it does not exist yet.</summary>
    /// <exception cref="CommandFailedException">No store at that path.</exception>
    public static DuckDbTrackingStore OpenExisting(ParseResult parseResult)
    {
        var database = CommonOptions.ResolveDatabase(parseResult);
        if (!File.Exists(database))
        {
            throw new CommandFailedException(
                $"No tracking store at {database}: import logs first (mailwarden import PATH... --db {database}).");
        }
        return new DuckDbTrackingStore(database);
    }
}
