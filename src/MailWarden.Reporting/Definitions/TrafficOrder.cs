namespace MailWarden.Reporting.Definitions;

/// <summary>The column a traffic report is ordered by (descending, then key ascending, ordinal).</summary>
public enum TrafficOrder
{
    /// <summary>The <c>count</c> column.</summary>
    Count,

    /// <summary>The <c>bytes</c> column.</summary>
    Bytes,

    /// <summary>The size bucket, smallest first (size-range reports).</summary>
    Bucket,
}
