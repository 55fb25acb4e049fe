namespace MailWarden.Tracking.Reading;

/// <summary>
/// Bounds on what a tracking log may make the reader hold, enforced where the bytes are read
/// (STYLE.md §3). A record past a limit is rejected and skipped, like any malformed record; the file goes on.
/// Applies to every format the reader reads, not only MSGTRK. Immutable; <see cref="Default"/> is shared.
/// </summary>
public sealed record MsgtrkLimits
{
    /// <summary>The defaults below.</summary>
    public static MsgtrkLimits Default { get; } = new();

    /// <summary>
    /// Longest record, in bytes including quoted line breaks. Default 1,048,576 (1 MiB): Exchange's longest rows are
    /// EXPAND/RECEIVE rows whose <c>recipient-address</c> and <c>recipient-status</c> list every recipient; a
    /// message to 5,000 recipients at ~100 bytes each (address plus status) is ~500 KB, so 1 MiB leaves twice that room and still bounds the memory a hostile line (an unbalanced quote) can take.
    /// A longer record is rejected and reading resumes at the next physical line.
    /// </summary>
    public int MaxRecordLength { get; init; } = 1_048_576;

    /// <summary>
    /// Most fields in a row or a <c>#Fields:</c> line. Default 256: Exchange 2016/2019 logs 30 fields and
    /// PowerShell exports about 35 properties; 256 leaves room for future versions while bounding the column map.
    /// </summary>
    public int MaxFields { get; init; } = 256;

    /// <summary>
    /// How many bytes at the start of a file are examined to recognise its format. Default 65,536: an Exchange
    /// header is under 1 KB and a header-less row under 8 KB; a file whose first line does not fit is not a log.
    /// </summary>
    public int MaxHeadLength { get; init; } = 65_536;
}
