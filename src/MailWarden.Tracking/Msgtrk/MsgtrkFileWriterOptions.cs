namespace MailWarden.Tracking.Msgtrk;

/// <summary>Where and how <see cref="MsgtrkFileWriter"/> writes its hourly files.</summary>
public sealed record MsgtrkFileWriterOptions
{
    /// <summary>The folder of the log files; created when missing.</summary>
    public required string Folder { get; init; }

    /// <summary>
    /// The service part after <c>MSGTRK</c> in file names, as Exchange's <c>MS</c>/<c>MD</c>/<c>MA</c>; empty by
    /// default (the transport log). Letters only, so that the names of two prefixes can never be confused.
    /// </summary>
    public string Prefix { get; init; } = "";

    /// <summary>
    /// Size after which a new file of the same hour is started (<c>-N+1</c>). Default 10,485,760 bytes: Exchange's
    /// default <c>MessageTrackingLogMaxFileSize</c> (10 MB). Rows are never split: a batch goes whole into one file.
    /// </summary>
    public long MaxFileSize { get; init; } = 10_485_760;
}
