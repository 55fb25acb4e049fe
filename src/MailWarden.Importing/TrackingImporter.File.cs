using MailWarden.Importing.Checkpoints;
using MailWarden.Importing.Sources;
using MailWarden.Tracking.Reading;

namespace MailWarden.Importing;

public sealed partial class TrackingImporter
{
    private async Task ImportFileAsync(SourceFile file, CheckpointIndex checkpoints, ImportRun run, ProgressTracker tracker, CancellationToken cancellationToken)
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
        await using (stream.ConfigureAwait(false))
        {
            var identity = NativeFileSystem.GetIdentity(stream.SafeFileHandle, file.Path);
            if (!run.SeenFiles.Add(identity))
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
            await ReadWindowsAsync(file, stream, identity, fingerprint, size, decision, run, tracker, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ReadWindowsAsync(
        SourceFile file, FileStream stream, FileIdentity identity, FileFingerprint fingerprint, long size,
        StartDecision decision, ImportRun run, ProgressTracker tracker, CancellationToken cancellationToken)
    {
        var sink = new ImportSink(run, file.Path, _logger);
        var from = decision.From;
        long window = WindowBytes;
        bool counted = false;
        while (true)
        {
            long limit = Math.Min(size, from.Offset + window);
            int rowsBefore = run.Batch.Count;
            long eventsBefore = sink.Events;
            sink.Batch = run.Batch;
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
                run.Batch.TruncateTo(rowsBefore);
                NotATrackingLog(file, run, exception);
                return;
            }
            catch (IOException exception)
            {
                // The rows of this window have no checkpoint to go with them: drop them, the next run reads them again.
                run.Batch.TruncateTo(rowsBefore);
                FileFailed(file, run, exception);
                return;
            }
            bool progressed = result.End.Offset > from.Offset;
            if (progressed && !counted)
            {
                run.Files++;
                counted = true;
            }
            run.Rows += sink.Events - eventsBefore;
            run.Bytes += result.End.Offset - from.Offset;
            tracker.Chunk(file.Path, sink.Events - eventsBefore, result.End.Offset);
            if (progressed || decision.Reason != StartReason.Continued)
            {
                run.Reached(new FileCheckpoint(file.Path, identity, fingerprint, size, result.End));
            }
            from = result.End;
            await run.CommitIfFullAsync().ConfigureAwait(false);
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
            run.HasFileErrors = true;
            run.Problem(exception.Message);
            Log.FileRefused(_logger, file.Path, exception.Reason);
        }
        else
        {
            run.SkippedFiles++;
            Log.FileSkipped(_logger, file.Path);
        }
    }

    private void FileFailed(SourceFile file, ImportRun run, Exception exception)
    {
        run.HasFileErrors = true;
        run.Problem($"{file.Path}: {exception.Message}");
        Log.FileFailed(_logger, file.Path, exception);
    }
}
