using System.Collections.Concurrent;
using MailWarden.Importing.Checkpoints;
using MailWarden.Importing.Sources;
using MailWarden.Tracking.Reading;

namespace MailWarden.Importing;

public sealed partial class TrackingImporter
{
    /// <summary>One reader thread: takes files from <paramref name="queue"/> until it is empty, then hands over what it holds.</summary>
    private void ReadFiles(ConcurrentQueue<SourceFile> queue, CheckpointIndex checkpoints, ImportRun run, ProgressTracker tracker, CancellationTokenSource failed)
    {
        try
        {
            var worker = new ImportWorker(run);
            while (queue.TryDequeue(out var file))
            {
                failed.Token.ThrowIfCancellationRequested();
                ImportFile(file, checkpoints, run, worker, tracker, failed.Token);
                tracker.FileDone(file.Path);
            }
            worker.HandOver();
        }
        catch
        {
            // Stop the other readers: the run fails, and what they would read is read again next run.
            failed.Cancel();
            throw;
        }
    }

    private void ImportFile(SourceFile file, CheckpointIndex checkpoints, ImportRun run, ImportWorker worker, ProgressTracker tracker, CancellationToken cancellationToken)
    {
        FileStream stream;
        try
        {
            // ReadWrite | Delete: Exchange keeps writing (and may delete) the file we read.
            stream = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            FileFailed(file, run, exception);
            return;
        }
        using (stream)
        {
            var identity = NativeFileSystem.GetIdentity(stream.SafeFileHandle, file.Path);
            if (!run.FirstVisit(identity))
            {
                return;
            }
            long size = stream.Length;
            var decision = checkpoints.Decide(file.Path, identity, stream);
            if (decision.Reason == StartReason.Continued && decision.From.Offset == size)
            {
                return;
            }
            LogDecision(file.Path, decision);
            var fingerprint = FileFingerprint.Compute(stream);
            ReadWindows(file, stream, identity, fingerprint, size, decision, run, worker, tracker, cancellationToken);
        }
    }

    private void ReadWindows(
        SourceFile file, FileStream stream, FileIdentity identity, FileFingerprint fingerprint, long size,
        StartDecision decision, ImportRun run, ImportWorker worker, ProgressTracker tracker, CancellationToken cancellationToken)
    {
        var sink = new ImportSink(run, file.Index, file.Path, _logger);
        var from = decision.From;
        long window = WindowBytes;
        bool counted = false;
        while (true)
        {
            long limit = Math.Min(size, from.Offset + window);
            var batch = worker.Batch;
            int rowsBefore = batch.Count;
            long eventsBefore = sink.Events;
            sink.Batch = batch;
            TrackingLogReadResult result;
            try
            {
                var bounded = new BoundedReadStream(stream, limit);
                result = UseColumnarReader
                    ? TrackingLogReader.ReadColumnar(file.Path, bounded, from, sink, limits: null, cancellationToken)
                    : TrackingLogReader.Read(file.Path, bounded, from, sink, limits: null, cancellationToken);
            }
            catch (NotATrackingLogException exception)
            {
                batch.TruncateTo(rowsBefore);
                NotATrackingLog(file, run, exception);
                return;
            }
            catch (IOException exception)
            {
                // The rows of this window have no checkpoint to go with them: drop them, the next run reads them again.
                batch.TruncateTo(rowsBefore);
                FileFailed(file, run, exception);
                return;
            }
            bool progressed = result.End.Offset > from.Offset;
            if (progressed && !counted)
            {
                run.FileRead();
                counted = true;
            }
            run.Read(sink.Events - eventsBefore, result.End.Offset - from.Offset);
            tracker.Chunk(file.Path, sink.Events - eventsBefore, result.End.Offset);
            if (progressed || decision.Reason != StartReason.Continued)
            {
                worker.Reached(new FileCheckpoint(file.Path, identity, fingerprint, size, result.End));
            }
            from = result.End;
            worker.CommitIfFull();
            if (limit >= size)
            {
                return;
            }
            if (!progressed)
            {
                // One record is longer than the window (the reader cuts records over its limit, so this ends).
                window *= 2;
            }
        }
    }

    private void LogDecision(string path, StartDecision decision)
    {
        switch (decision.Reason)
        {
            case StartReason.Renamed:
                Log.FileRenamed(_logger, path, decision.PreviousPath!, decision.From.Offset);
                break;
            case StartReason.Rotated:
                Log.FileRestarted(_logger, path, "replaced by a new file of the same name");
                break;
            case StartReason.Replaced:
                Log.FileRestarted(_logger, path, "rewritten (its first bytes changed)");
                break;
            case StartReason.Truncated:
                Log.FileRestarted(_logger, path, "truncated below its checkpoint");
                break;
            default:
                break;
        }
    }

    private void NotATrackingLog(SourceFile file, ImportRun run, NotATrackingLogException exception)
    {
        if (file.IsExplicit)
        {
            run.FileError(file.Index, exception.Message);
            Log.FileRefused(_logger, file.Path, exception.Reason);
        }
        else
        {
            run.FileSkipped();
            Log.FileSkipped(_logger, file.Path);
        }
    }

    private void FileFailed(SourceFile file, ImportRun run, Exception exception)
    {
        run.FileError(file.Index, $"{file.Path}: {exception.Message}");
        Log.FileFailed(_logger, file.Path, exception);
    }
}
