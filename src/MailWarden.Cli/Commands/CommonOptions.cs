using System.CommandLine;

namespace MailWarden.Cli.Commands;

/// <summary>Options every command understands: where the data folder and the store are.</summary>
public static class CommonOptions
{
    /// <summary>The environment variable that sets the data folder when <c>--data</c> is not given.</summary>
    public const string DataEnvironmentVariable = "MAILWARDEN_DATA";

    /// <summary><c>--data DIR</c>: the data folder (store, drop folder for logs, spool later).</summary>
    public static Option<DirectoryInfo?> Data { get; } = new("--data")
    {
        Description = $"Data folder (default: ${DataEnvironmentVariable}, else ./data).",
        Recursive = true,
        HelpName = "DIR",
    };

    /// <summary><c>--db FILE</c>: the embedded store's database file.</summary>
    public static Option<FileInfo?> Database { get; } = new("--db")
    {
        Description = "Tracking store database file (default: <data>/mailwarden.duckdb).",
        Recursive = true,
        HelpName = "FILE",
    };

    /// <summary>The data folder the parse result names, or the default.</summary>
    public static string ResolveDataFolder(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var given = parseResult.GetValue(Data)?.FullName
            ?? Environment.GetEnvironmentVariable(DataEnvironmentVariable);
        return Path.GetFullPath(string.IsNullOrEmpty(given) ? "data" : given);
    }

    /// <summary>The database file the parse result names, or the default under the data folder.</summary>
    public static string ResolveDatabase(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return parseResult.GetValue(Database)?.FullName
            ?? Path.Combine(ResolveDataFolder(parseResult), "mailwarden.duckdb");
    }
}
