using MailWarden.Tracking.Reading;
using nietras.SeparatedValues;

namespace MailWarden.Tracking.Msgtrk;

/// <summary>
/// Reads the complete records of an Exchange 2007-2019 MSGTRK file (or ours) with Sep: <c>#</c> lines are
/// directives, a <c>#Fields:</c> line (re)defines the column map, every other line is a row mapped through it.
/// </summary>
internal static class MsgtrkReader
{
    // Strings up to this length are pooled per column: server names, event ids, "250 2.1.5 Recipient OK".
    private const int PooledStringLength = 64;

    public static TrackingLogReadResult Read(
        string path, Stream stream, TrackingLogPosition from, MsgtrkColumnMap? map, ITrackingLogSink sink,
        MsgtrkLimits limits, CancellationToken cancellationToken)
    {
        var start = from.Offset == 0 ? SkipBom(stream) : from.Offset;
        using var records = new CompleteRecordStream(stream, start, limits.MaxRecordLength);
        using var reader = Sep.New(',').Reader(o => o with
        {
            HasHeader = false,
            DisableColCountCheck = true,
            Unescape = true,
            CreateToString = SepToString.PoolPerCol(maximumStringLength: PooledStringLength),
        }).From(records);

        var mapper = new MsgtrkRowMapper();
        long events = 0, rejected = 0, rows = 0;
        var nextLine = from.LineNumber + 1;
        foreach (var row in reader)
        {
            if ((++rows & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            // Physical lines are counted here, not taken from Sep: Sep also counts a lone CR inside quotes as a
            // line end, and 0.17.1 misnumbers the first row of a header-less read. Each row ends at one LF.
            var text = row.Span;
            var line = nextLine;
            nextLine += text.Count('\n') + 1;
            if (text.IsEmpty)
            {
                continue;
            }
            if (text[0] == '#')
            {
                if (!TryApplyDirective(text, ref map, limits, out var error))
                {
                    sink.OnRejected(new TrackingLogRowError(path, line, error.Field, error.Reason));
                    rejected++;
                }
                continue;
            }
            if (map is null)
            {
                sink.OnRejected(new TrackingLogRowError(path, line, null, "row before the #Fields header line"));
                rejected++;
                continue;
            }
            if (row.ColCount != map.Count)
            {
                sink.OnRejected(new TrackingLogRowError(path, line, null, $"{row.ColCount} fields where the #Fields line lists {map.Count}"));
                rejected++;
                continue;
            }
            if (mapper.TryMap(row, map, out var trackingEvent, out var field, out var reason))
            {
                sink.OnEvent(trackingEvent!, line);
                events++;
            }
            else
            {
                sink.OnRejected(new TrackingLogRowError(path, line, field, reason!));
                rejected++;
            }
        }
        var end = new TrackingLogPosition(records.ReleasedOffset, from.LineNumber + records.ReleasedLines, map?.HeaderLine);
        return new TrackingLogReadResult(TrackingLogFormat.Msgtrk, end, events, rejected);
    }

    private static bool TryApplyDirective(ReadOnlySpan<char> text, ref MsgtrkColumnMap? map, MsgtrkLimits limits, out (string? Field, string Reason) error)
    {
        error = default;
        if (text.SequenceEqual("#\u0001"))
        {
            error = (null, $"record longer than {limits.MaxRecordLength} bytes (MsgtrkLimits.MaxRecordLength), perhaps an unbalanced quote; skipped to the next line");
            return false;
        }
        if (!MsgtrkDirective.TryGetValue(text, "Fields", out _))
        {
            return true; // #Software, #Version, #Log-type, #Date: informative only.
        }
        if (MsgtrkColumnMap.TryCreate(text.ToString(), limits.MaxFields, out var newMap, out var why))
        {
            map = newMap;
            return true;
        }
        error = ("#Fields", $"the #Fields line {why}; the previous column map stays in force");
        return false;
    }

    private static long SkipBom(Stream stream)
    {
        Span<byte> head = stackalloc byte[3];
        stream.Seek(0, SeekOrigin.Begin);
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return head[..read].SequenceEqual(Utf8Bom.Bytes) ? Utf8Bom.Bytes.Length : 0;
    }
}
