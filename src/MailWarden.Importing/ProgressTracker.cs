using MailWarden.Importing.Sources;

namespace MailWarden.Importing;

/// <summary>Counts what a run has done and reports it to an <see cref="IProgress{T}"/>; called by every reader of the run.</summary>
internal sealed class ProgressTracker(IReadOnlyList<SourceFile> files, IProgress<ImportProgress>? progress)
{
    private readonly long _bytesTotal = progress is null ? 0 : files.Sum(f => SizeOf(f.Path));
    private readonly Lock _lock = new();
    // Files being read, with how far: several readers read at once.
    private readonly Dictionary<string, long> _inFlight = new(StringComparer.Ordinal);
    private int _filesDone;
    private long _bytesOfDoneFiles;
    private long _rows;

    public void Chunk(string path, long rowsAdded, long bytesIntoFile)
    {
        if (progress is null)
        {
            return;
        }
        ImportProgress report;
        lock (_lock)
        {
            _rows += rowsAdded;
            _inFlight[path] = bytesIntoFile;
            report = new ImportProgress(_filesDone, files.Count, _rows, _bytesOfDoneFiles + _inFlight.Values.Sum(), _bytesTotal, path);
        }
        progress.Report(report);
    }

    public void FileDone(string path)
    {
        if (progress is null)
        {
            return;
        }
        long size = SizeOf(path);
        ImportProgress report;
        lock (_lock)
        {
            _inFlight.Remove(path);
            _filesDone++;
            _bytesOfDoneFiles += size;
            report = new ImportProgress(_filesDone, files.Count, _rows, _bytesOfDoneFiles + _inFlight.Values.Sum(), _bytesTotal, null);
        }
        progress.Report(report);
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
