using System.Globalization;

namespace MailWarden.Importing;

/// <summary>What one import run did; <see cref="ToString"/> is the one-line summary the CLI prints.</summary>
/// <param name="Files">Tracking log files read (new or grown since the last run); unchanged ones are not counted.</param>
/// <param name="Rows">Rows imported.</param>
/// <param name="Rejected">Rows skipped as malformed (each logged with file, line and reason).</param>
/// <param name="SkippedFiles">Files in the given folders that are not tracking logs.</param>
/// <param name="Bytes">Bytes of log read.</param>
/// <param name="Elapsed">Wall time of the run.</param>
/// <param name="Problems">Files refused or unreadable, and the first rejected rows, as messages naming file and line.</param>
public sealed record ImportSummary(int Files, long Rows, long Rejected, int SkippedFiles, long Bytes, TimeSpan Elapsed, IReadOnlyList<string> Problems)
{
    /// <summary>Rows imported per second of <see cref="Elapsed"/>.</summary>
    public double RowsPerSecond => Elapsed > TimeSpan.Zero ? Rows / Elapsed.TotalSeconds : 0;

    /// <summary>Whether some file was refused or could not be read.</summary>
    public bool HasFileErrors { get; init; }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Files:N0} files, {Rows:N0} rows, {Rejected:N0} rejected, {SkippedFiles:N0} skipped files, {Bytes / 1_048_576.0:N1} MiB in {Elapsed.TotalSeconds:N1} s ({RowsPerSecond:N0} rows/s)");
}
