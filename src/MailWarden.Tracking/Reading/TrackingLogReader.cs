using System.Buffers;
using MailWarden.Tracking.Exchange2003;
using MailWarden.Tracking.ExchangeOnline;
using MailWarden.Tracking.Msgtrk;
using MailWarden.Tracking.PowerShell;

namespace MailWarden.Tracking.Reading;

/// <summary>
/// The one entry point for reading tracking logs of every supported format (<see cref="TrackingLogFormat"/>),
/// whole or incrementally: each call reads the complete records from a position and returns where the next
/// call continues. Formats are told from the file's first bytes, never from its name.
/// </summary>
public static class TrackingLogReader
{
    /// <summary>
    /// Reads every complete record of <paramref name="stream"/> from <paramref name="from"/> to the last complete
    /// record present now, passing events, rejected records and warnings to <paramref name="sink"/> in file order.
    /// </summary>
    /// <remarks>
    /// A record ends at an LF outside double quotes (CRLF or LF files). A trailing record without its line end
    /// (half-written by Exchange) is not consumed: <see cref="TrackingLogReadResult.End"/> points before it, so
    /// the next call continues there. An empty file, or one whose header is not completely written yet, reads as
    /// nothing (End = <paramref name="from"/>). At offset 0 the format is detected and the header read; past it,
    /// <see cref="TrackingLogPosition.Header"/> maps the columns (re-read from the file start when null).
    /// Malformed records go to <see cref="ITrackingLogSink.OnRejected"/> with file, line and reason, and are skipped.
    /// </remarks>
    /// <param name="path">The file's path, used in messages only.</param>
    /// <param name="stream">The file, seekable (a FileStream opened with FileShare.ReadWrite | FileShare.Delete); read from its start for detection, then from <paramref name="from"/>.</param>
    /// <param name="from">Where to start: <see cref="TrackingLogPosition.Start"/> or the <see cref="TrackingLogReadResult.End"/> of the previous call.</param>
    /// <param name="sink">Receives what is read.</param>
    /// <param name="limits">Bounds on records; <see cref="MsgtrkLimits.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the read between records.</param>
    /// <returns>The format, the position after the last complete record, and the counts.</returns>
    /// <exception cref="NotATrackingLogException">The file is not a tracking log of any supported format.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not seekable, or <paramref name="from"/> lies beyond its end (the file was truncated or replaced).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    public static TrackingLogReadResult Read(
        string path, Stream stream, TrackingLogPosition from, ITrackingLogSink sink,
        MsgtrkLimits? limits = null, CancellationToken cancellationToken = default) =>
        ReadAnyFormat(path, stream, from, sink, columnarSink: null, limits, cancellationToken);

    /// <summary>
    /// Reads like <see cref="Read(string, Stream, TrackingLogPosition, ITrackingLogSink, MsgtrkLimits?, CancellationToken)"/>,
    /// with the same events, rejected records, line numbers and result, but passes the MSGTRK rows it can decode from
    /// their UTF-8 bytes to <see cref="IMsgtrkRecordSink.OnRecord"/> as <see cref="MsgtrkRecord"/>s instead of
    /// <see cref="MailWarden.Core.Tracking.TrackingEvent"/> objects: the importer's fast path. Other formats, and the
    /// MSGTRK records that need the general path, arrive through <see cref="ITrackingLogSink.OnEvent"/> as before.
    /// </summary>
    /// <param name="path">The file's path, used in messages only.</param>
    /// <param name="stream">The file, seekable; read from its start for detection, then from <paramref name="from"/>.</param>
    /// <param name="from">Where to start.</param>
    /// <param name="sink">Receives what is read, in file order.</param>
    /// <param name="limits">Bounds on records; <see cref="MsgtrkLimits.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the read between records.</param>
    /// <returns>The format, the position after the last complete record, and the counts.</returns>
    /// <exception cref="NotATrackingLogException">The file is not a tracking log of any supported format.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not seekable, or <paramref name="from"/> lies beyond its end.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    public static TrackingLogReadResult ReadColumnar(
        string path, Stream stream, TrackingLogPosition from, IMsgtrkRecordSink sink,
        MsgtrkLimits? limits = null, CancellationToken cancellationToken = default) =>
        ReadAnyFormat(path, stream, from, sink, sink, limits, cancellationToken);

    private static TrackingLogReadResult ReadAnyFormat(
        string path, Stream stream, TrackingLogPosition from, ITrackingLogSink sink, IMsgtrkRecordSink? columnarSink,
        MsgtrkLimits? limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(sink);
        if (!stream.CanSeek)
        {
            throw new ArgumentException("The stream must be seekable (a FileStream).", nameof(stream));
        }
        limits ??= MsgtrkLimits.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(limits.MaxRecordLength, 2, nameof(limits));
        var length = stream.Length;
        if (from.Offset > length)
        {
            throw new ArgumentException($"{path}: the position {from.Offset} lies beyond the file's end ({length} bytes); the file was truncated or replaced.", nameof(from));
        }
        cancellationToken.ThrowIfCancellationRequested();

        // Pooled: an import reads the head of each of thousands of files.
        var headBuffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(length, limits.MaxHeadLength));
        try
        {
            var head = ReadHead(stream, headBuffer.AsSpan(0, (int)Math.Min(length, limits.MaxHeadLength)));
            var detection = TrackingLogDetector.Detect(head, isWholeFile: head.Length == length);
            if (detection.NeedsMoreData)
            {
                return new TrackingLogReadResult(TrackingLogFormat.Msgtrk, from, 0, 0);
            }
            if (detection.Format is not { } format)
            {
                throw new NotATrackingLogException(path, detection.Reason ?? "its format is not recognised");
            }
            return format switch
            {
                TrackingLogFormat.Msgtrk when columnarSink is not null => MsgtrkUtf8Reader.Read(
                    path, stream, from, MsgtrkHeader.MapAt(from, head, detection.IsHeaderless, limits), columnarSink, limits, cancellationToken),
                TrackingLogFormat.Msgtrk => MsgtrkReader.Read(
                    path, stream, from, MsgtrkHeader.MapAt(from, head, detection.IsHeaderless, limits), sink, limits, cancellationToken),
                TrackingLogFormat.Exchange2003 => HeaderedLogReader.Read(
                    path, stream, from, new Exchange2003RowMapper(path, sink), sink, limits, cancellationToken),
                TrackingLogFormat.ExchangeOnlineJson => MessageTraceJsonReader.Read(path, stream, from, sink, limits, cancellationToken),
                TrackingLogFormat.ExchangeOnlineCsv => HeaderedLogReader.Read(
                    path, stream, from, new MessageTraceCsvRowMapper(path, sink), sink, limits, cancellationToken),
                TrackingLogFormat.PowerShellCsv => HeaderedLogReader.Read(
                    path, stream, from, new MessageTrackingCsvRowMapper(path, sink), sink, limits, cancellationToken),
                _ => throw new ArgumentOutOfRangeException(nameof(stream), format, "Unknown format."),
            };
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(headBuffer);
        }
    }

    /// <summary>Tells the format of a tracking log from its first bytes (up to <see cref="MsgtrkLimits.MaxHeadLength"/>).</summary>
    /// <param name="head">The first bytes of the file, BOM included if any; should hold at least the header lines.</param>
    /// <returns>The format, or null when <paramref name="head"/> is not the start of a tracking log (or too short to tell).</returns>
    public static TrackingLogFormat? DetectFormat(ReadOnlySpan<byte> head) =>
        TrackingLogDetector.Detect(head, isWholeFile: true).Format;

    private static ReadOnlySpan<byte> ReadHead(Stream stream, Span<byte> head)
    {
        stream.Seek(0, SeekOrigin.Begin);
        return head[..stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)];
    }
}
