using Microsoft.Extensions.Logging;

namespace MailWarden.Importing;

/// <summary>The operator log messages of importing and of the embedded store.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Debug, Message = "Import of {PathCount} path(s) into {Store} started")]
    public static partial void ImportStarted(ILogger logger, int pathCount, string store);

    // A scheduled run that found nothing new is Debug: serve runs every minute, and the log should show imports.
    [LoggerMessage(EventId = 3001, Message = "Import finished: {Summary}")]
    public static partial void ImportFinished(ILogger logger, LogLevel level, ImportSummary summary);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Rejected row: {Error}")]
    public static partial void RowRejected(ILogger logger, string error);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Debug, Message = "Skipped {File}: not a tracking log")]
    public static partial void FileSkipped(ILogger logger, string file);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Error, Message = "Refused {File}: it is not a message tracking log: {Reason}")]
    public static partial void FileRefused(ILogger logger, string file, string reason);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "{File} was {Change}; reading it again from the start")]
    public static partial void FileRestarted(ILogger logger, string file, string change);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Information, Message = "{File} is {PreviousPath} renamed; continuing at byte {Offset}")]
    public static partial void FileRenamed(ILogger logger, string file, string previousPath, long offset);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Warning, Message = "{File}: {Warning}")]
    public static partial void SourceWarning(ILogger logger, string file, string warning);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Error, Message = "Could not read {File}; it is retried next run")]
    public static partial void FileFailed(ILogger logger, string file, Exception exception);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Warning, Message = "{Path} does not exist")]
    public static partial void PathMissing(ILogger logger, string path);

    [LoggerMessage(EventId = 3100, Level = LogLevel.Warning, Message = "Waiting for the import lock {LockFile}, held by {Holder}")]
    public static partial void WaitingForImportLock(ILogger logger, string lockFile, string holder);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Debug, Message = "Committed partition {File}: {Rows} rows, {Checkpoints} checkpoint(s)")]
    public static partial void PartitionCommitted(ILogger logger, string file, long rows, int checkpoints);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information, Message = "Recovered committed partition {File} left by an interrupted import")]
    public static partial void PartitionRecovered(ILogger logger, string file);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Information, Message = "Discarded uncommitted partition {File} left by an interrupted import")]
    public static partial void PartitionDiscarded(ILogger logger, string file);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Information, Message = "Compacted {Count} partitions ({Rows} rows) into {File}")]
    public static partial void PartitionsCompacted(ILogger logger, int count, long rows, string file);

    [LoggerMessage(EventId = 3105, Level = LogLevel.Debug, Message = "Deleted retired partition {File}")]
    public static partial void RetiredPartitionDeleted(ILogger logger, string file);

    [LoggerMessage(EventId = 3106, Level = LogLevel.Error, Message = "Partition {File} is in the catalog but missing on disk; its rows cannot be read")]
    public static partial void PartitionMissing(ILogger logger, string file);

    [LoggerMessage(EventId = 3200, Level = LogLevel.Information, Message = "Scheduled import of {PathCount} path(s), {Schedule}")]
    public static partial void ScheduleStarted(ILogger logger, int pathCount, string schedule);

    [LoggerMessage(EventId = 3201, Level = LogLevel.Error, Message = "Scheduled import failed; trying again at the next run")]
    public static partial void ScheduledRunFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Debug, Message = "Next import at {NextRun:O}")]
    public static partial void NextRunScheduled(ILogger logger, DateTimeOffset nextRun);
}
