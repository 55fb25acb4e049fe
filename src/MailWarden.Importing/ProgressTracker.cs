using MailWarden.Importing.Sources;

namespace MailWarden.Importing;

/// <summary>Counts what a run has done and reports it to an <see cref="IProgress{T}"/>.</summary>
internal sealed class ProgressTracker(IReadOnlyList<SourceFile> files, IProgress<ImportProgress>? progress)
{
    private readonly long _bytesTotal = files.Sum(f => SizeOf(f.Path));
    private int _filesDone;
    private long _bytesOfDoneFiles;
    private long _rows;

    public void Chunk(string path, long rowsAdded, long bytesIntoFile)
    {
        _rows += rowsAdded;
        progress?.Report(new ImportProgress(_filesDone, files.Count, _rows, _bytesOfDoneFiles + bytesIntoFile, _bytesTotal, path));
    }

    public void FileDone(string path)
    {
        _filesDone++;
        _bytesOfDoneFiles += SizeOf(path);
        progress?.Report(new ImportProgress(_filesDone, files.Count, _rows, _bytesOfDoneFiles, _bytesTotal, null));
    }

    private static long SizeOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
