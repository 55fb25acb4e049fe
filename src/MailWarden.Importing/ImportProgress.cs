namespace MailWarden.Importing;

/// <summary>Where an import run stands, reported after each chunk read (for a progress bar).</summary>
/// <param name="FilesDone">Files finished.</param>
/// <param name="FilesTotal">Files found.</param>
/// <param name="Rows">Rows read so far.</param>
/// <param name="BytesDone">Bytes read so far, including files skipped as unchanged.</param>
/// <param name="BytesTotal">Total bytes of the files found.</param>
/// <param name="CurrentFile">The file being read.</param>
public readonly record struct ImportProgress(int FilesDone, int FilesTotal, long Rows, long BytesDone, long BytesTotal, string? CurrentFile);
