namespace MailWarden.Importing.Store.Partitions;

/// <summary>What a written partition holds: its rows, their <c>seq</c> range and <c>date_time</c> range, and its size.</summary>
internal sealed record PartitionStatistics(long Rows, long FirstSeq, long LastSeq, DateTime MinTime, DateTime MaxTime, long Bytes);
