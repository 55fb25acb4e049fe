namespace MailWarden.Importing.Sources;

/// <summary>Expands the paths given to an import into files: files as given, folders searched recursively in name order.</summary>
internal static class SourceFinder
{
    public static (List<SourceFile> Files, List<string> Missing) Find(IEnumerable<string> paths)
    {
        var files = new List<SourceFile>();
        var missing = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string given in paths)
        {
            string path = System.IO.Path.GetFullPath(given);
            if (File.Exists(path))
            {
                if (seen.Add(path))
                {
                    files.Add(new SourceFile(path, IsExplicit: true));
                }
            }
            else if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.None })
                    .Order(StringComparer.Ordinal);
                files.AddRange(found.Where(seen.Add).Select(file => new SourceFile(file, IsExplicit: false)));
            }
            else
            {
                missing.Add(path);
            }
        }
        return (files, missing);
    }
}
