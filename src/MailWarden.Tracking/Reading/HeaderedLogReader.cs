using nietras.SeparatedValues;

namespace MailWarden.Tracking.Reading;

/// <summary>
/// Reads the complete records of a delimited log whose columns are named by one header line (Exchange 2003, and
/// the CSV that PowerShell's Export-Csv writes), through a format's <see cref="HeaderedRowMapper"/>.
/// </summary>
internal static class HeaderedLogReader
{
    private const int PooledStringLength = 64;

    public static TrackingLogReadResult Read(
        string path, Stream stream, TrackingLogPosition from, HeaderedRowMapper mapper, ITrackingLogSink sink,
        MsgtrkLimits limits, CancellationToken cancellationToken)
    {
        var header = from.Offset > 0 ? from.Header ?? FindHeader(stream, mapper, limits) : null;
        if (header is not null && !mapper.TrySetHeader(header, out var headerError))
        {
            throw new NotATrackingLogException(path, $"its header {headerError}");
        }
        var start = from.Offset == 0 ? Utf8Bom.LengthAtStart(stream) : from.Offset;
        using var records = new CompleteRecordStream(stream, start, limits.MaxRecordLength, mapper.QuotedValues);
        using var reader = Sep.New(mapper.Separator).Reader(o => o with
        {
            HasHeader = false,
            DisableColCountCheck = true,
            DisableQuotesParsing = !mapper.QuotedValues,
            Unescape = mapper.QuotedValues,
            CreateToString = SepToString.PoolPerCol(maximumStringLength: PooledStringLength),
        }).From(records);

        long events = 0, rejected = 0, rows = 0;
        var nextLine = from.LineNumber + 1;
        foreach (var row in reader)
        {
            if ((++rows & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            var text = row.Span;
            var line = nextLine;
            nextLine += text.Count('\n') + 1;
            string? error = null, field = null;
            if (text.IsEmpty || text.SequenceEqual(header))
            {
                continue; // blank line, or the header again (two exports concatenated)
            }
            if (text.SequenceEqual(CompleteRecordStream.OverlongMarkerText))
            {
                error = $"record longer than {limits.MaxRecordLength} bytes (MsgtrkLimits.MaxRecordLength), perhaps an unbalanced quote; skipped to the next line";
            }
            else if (text[0] == '#' && !mapper.IsHeaderComment(text))
            {
                continue; // #TYPE of Export-Csv, "# Message Tracking Log File" and other comments
            }
            else if (text[0] == '#' || (header is null && mapper.HeaderIsFirstRow))
            {
                var candidate = text.ToString();
                if (mapper.TrySetHeader(candidate, out error))
                {
                    header = candidate;
                    continue;
                }
                error = $"the header line {error}; the previous header stays in force";
            }
            else if (header is null)
            {
                error = "row before the header line";
            }
            else if (row.ColCount != mapper.ColumnCount)
            {
                error = $"{row.ColCount} fields where the header lists {mapper.ColumnCount}";
            }
            else if (mapper.TryMap(row, out var trackingEvent, out field, out error))
            {
                sink.OnEvent(trackingEvent!, line);
                events++;
                continue;
            }
            sink.OnRejected(new TrackingLogRowError(path, line, field, error!));
            rejected++;
        }
        var end = new TrackingLogPosition(records.ReleasedOffset, from.LineNumber + records.ReleasedLines, header);
        return new TrackingLogReadResult(mapper.Format, end, events, rejected);
    }

    private static string? FindHeader(Stream stream, HeaderedRowMapper mapper, MsgtrkLimits limits)
    {
        var head = new byte[(int)Math.Min(stream.Length, limits.MaxHeadLength)];
        stream.Seek(0, SeekOrigin.Begin);
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var lines = new LineCursor(System.Text.Encoding.UTF8.GetString(Utf8Bom.Skip(head.AsSpan(0, read))));
        while (lines.TryNext(out var line))
        {
            if (mapper.IsHeaderComment(line) || (!line.IsEmpty && line[0] != '#' && mapper.HeaderIsFirstRow))
            {
                return line.ToString();
            }
        }
        return null;
    }
}
