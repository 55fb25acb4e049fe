using MailWarden.Core.Tracking;
using MailWarden.Importing.Store;
using MailWarden.Tracking.Reading;
using Microsoft.Extensions.Logging;

namespace MailWarden.Importing;

/// <summary>Takes what the reader finds in one file: events into the batch, rejected rows and warnings to the log and the run's counts.</summary>
internal sealed class ImportSink(ImportRun run, int fileIndex, string path, ILogger logger) : IMsgtrkRecordSink
{
    public EventBatch Batch { get; set; } = null!;

    public long Events { get; private set; }

    public void OnEvent(TrackingEvent trackingEvent, long lineNumber)
    {
        Batch.Add(trackingEvent, path, lineNumber);
        Events++;
    }

    public void OnRecord(in MsgtrkRecord record, long lineNumber)
    {
        Batch.Add(record, path, lineNumber);
        Events++;
    }

    public void OnRejected(TrackingLogRowError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        run.Reject(fileIndex, error.ToString());
        Log.RowRejected(logger, error.ToString());
    }

    public void OnWarning(string message)
    {
        run.Problem(fileIndex, $"{path}: {message}");
        Log.SourceWarning(logger, path, message);
    }
}
