namespace MailWarden.Tracking.Reading;

/// <summary>
/// Where a read of one file stopped, so that the next read starts there: the byte offset just after the last
/// complete record, the number of lines before it, and the header in force there (the <c>#Fields:</c> line
/// or the CSV header row), which a read from the middle of a file needs to map columns.
/// </summary>
/// <param name="Offset">Byte offset of the first byte not yet read.</param>
/// <param name="LineNumber">Number of physical lines before <paramref name="Offset"/>.</param>
/// <param name="Header">The header line in force at <paramref name="Offset"/>, as written in the file; null before it is read.</param>
public sealed record TrackingLogPosition(long Offset, long LineNumber, string? Header)
{
    /// <summary>The start of a file.</summary>
    public static TrackingLogPosition Start { get; } = new(0, 0, null);
}
