using Microsoft.Extensions.Logging;

namespace MailWarden.Importing;

/// <summary>The log event ids of MailWarden.Importing (range 3000-3299), in one place so that none is reused.</summary>
internal static class EventIds
{
    // Import runs and files: 3000-3099.
    public static readonly EventId ImportStarted = new(3000, nameof(ImportStarted));
    public static readonly EventId ImportFinished = new(3001, nameof(ImportFinished));
    public static readonly EventId RowRejected = new(3002, nameof(RowRejected));
    public static readonly EventId FileSkipped = new(3003, nameof(FileSkipped));
    public static readonly EventId FileRefused = new(3004, nameof(FileRefused));
    public static readonly EventId FileRestarted = new(3005, nameof(FileRestarted));
    public static readonly EventId FileRenamed = new(3006, nameof(FileRenamed));
    public static readonly EventId SourceWarning = new(3007, nameof(SourceWarning));
    public static readonly EventId FileFailed = new(3008, nameof(FileFailed));
    public static readonly EventId PathMissing = new(3009, nameof(PathMissing));

    // Store: 3100-3199.
    public static readonly EventId WaitingForImportLock = new(3100, nameof(WaitingForImportLock));
    public static readonly EventId PartitionCommitted = new(3101, nameof(PartitionCommitted));
    public static readonly EventId PartitionRecovered = new(3102, nameof(PartitionRecovered));
    public static readonly EventId PartitionDiscarded = new(3103, nameof(PartitionDiscarded));
    public static readonly EventId PartitionsCompacted = new(3104, nameof(PartitionsCompacted));
    public static readonly EventId RetiredPartitionDeleted = new(3105, nameof(RetiredPartitionDeleted));
    public static readonly EventId PartitionMissing = new(3106, nameof(PartitionMissing));

    // Scheduled import: 3200-3299.
    public static readonly EventId ScheduleStarted = new(3200, nameof(ScheduleStarted));
    public static readonly EventId ScheduledRunFailed = new(3201, nameof(ScheduledRunFailed));
    public static readonly EventId NextRunScheduled = new(3202, nameof(NextRunScheduled));
}
