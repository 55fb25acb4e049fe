namespace MailWarden.Importing.Sources;

/// <summary>A file to import: its full path, and whether it was named explicitly (refused if not a log) or found in a folder (skipped).</summary>
internal sealed record SourceFile(string Path, bool IsExplicit)
{
    /// <summary>Its place in the run's list of files: problems are listed in that order, whichever reader found them.</summary>
    public int Index { get; init; }
}
