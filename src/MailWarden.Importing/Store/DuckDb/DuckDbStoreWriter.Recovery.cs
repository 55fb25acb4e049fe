namespace MailWarden.Importing.Store.DuckDb;

internal sealed partial class DuckDbStoreWriter
{
    /// <summary>
    /// Runs when the writer opens, under the import lock, so no commit is in flight: deletes temporary files and
    /// partitions the catalog does not list (an interrupted commit or compaction), and retired partitions whose grace
    /// period is over.
    /// </summary>
    private void Recover(CatalogConnection catalog)
    {
        var catalogued = ReadFiles(catalog, "SELECT file FROM partitions");
        var retired = ReadFiles(catalog, "SELECT file FROM retired_partitions");
        foreach (string path in Directory.EnumerateFiles(_layout.PartitionDirectory))
        {
            string name = Path.GetFileName(path);
            bool isOrphan = name.EndsWith(StoreLayout.TemporaryExtension, StringComparison.Ordinal)
                || (name.EndsWith(StoreLayout.PartitionExtension, StringComparison.Ordinal) && !catalogued.Contains(name) && !retired.Contains(name));
            if (isOrphan)
            {
                File.Delete(path);
                Log.PartitionDiscarded(_logger, name);
            }
        }
        foreach (string file in catalogued)
        {
            if (!File.Exists(_layout.PartitionPath(file)))
            {
                Log.PartitionMissing(_logger, file);
            }
        }
        DeleteRetired(catalog);
    }

    private void DeleteRetired(CatalogConnection catalog)
    {
        var expired = ReadFiles(catalog, "SELECT file FROM retired_partitions WHERE retired_at < ?", DateTime.UtcNow - _options.RetiredPartitionGrace);
        foreach (string file in expired)
        {
            File.Delete(_layout.PartitionPath(file));
            catalog.Execute("DELETE FROM retired_partitions WHERE file = ?", file);
            Log.RetiredPartitionDeleted(_logger, file);
        }
    }

    private static HashSet<string> ReadFiles(CatalogConnection catalog, string sql, params object?[] parameters)
    {
        using var command = catalog.Command(sql, parameters);
        using var reader = command.ExecuteReader();
        var files = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            files.Add(reader.GetString(0));
        }
        return files;
    }
}
