using MailWarden.Tracking.Reading;
using nietras.SeparatedValues;

namespace MailWarden.Tracking.Msgtrk;

/// <summary>
/// What <see cref="MsgtrkReader"/> does with each row Sep yields: directives switch the column map, data rows become
/// events or rejected records. Shared with <see cref="MsgtrkUtf8Reader"/>, which hands it the records it does not
/// decode itself, so that both readers treat every such record identically.
/// </summary>
internal sealed class MsgtrkRowHandler(string path, MsgtrkColumnMap? map, ITrackingLogSink sink, MsgtrkLimits limits, long linesBefore)
{
    private readonly MsgtrkRowMapper _mapper = new();

    /// <summary>The column map in force.</summary>
    public MsgtrkColumnMap? Map { get; private set; } = map;

    /// <summary>
    /// The line number the next row is reported at. Counted from the rows' text, not taken from Sep: Sep also counts
    /// a lone CR inside quotes as a line end, and 0.17.1 misnumbers the first row of a header-less read.
    /// </summary>
    public long NextLine { get; set; } = linesBefore + 1;

    public long Events { get; private set; }

    public long Rejected { get; private set; }

    public void Handle(SepReader.Row row)
    {
        var text = row.Span;
        var line = NextLine;
        NextLine += text.Count('\n') + 1;
        if (text.IsEmpty)
        {
            return;
        }
        if (text[0] == '#')
        {
            ApplyDirective(text, line);
            return;
        }
        if (Map is null)
        {
            Reject(line, null, "row before the #Fields header line");
            return;
        }
        if (row.ColCount != Map.Count)
        {
            Reject(line, null, $"{row.ColCount} fields where the #Fields line lists {Map.Count}");
            return;
        }
        if (_mapper.TryMap(row, Map, out var trackingEvent, out var field, out var reason))
        {
            sink.OnEvent(trackingEvent!, line);
            Events++;
        }
        else
        {
            Reject(line, field, reason!);
        }
    }

    /// <summary>A directive line that Sep would yield as one row of exactly <paramref name="text"/> (no line break in it).</summary>
    public void HandleDirective(ReadOnlySpan<char> text)
    {
        var line = NextLine++;
        ApplyDirective(text, line);
    }

    private void ApplyDirective(ReadOnlySpan<char> text, long line)
    {
        var map = Map;
        if (!TryApplyDirective(text, ref map, out var error))
        {
            Reject(line, error.Field, error.Reason);
        }
        Map = map;
    }

    /// <summary>Counts an event passed to the sink by the caller (the UTF-8 reader's own decoding).</summary>
    public void CountEvent() => Events++;

    private void Reject(long line, string? field, string reason)
    {
        sink.OnRejected(new TrackingLogRowError(path, line, field, reason));
        Rejected++;
    }

    private bool TryApplyDirective(ReadOnlySpan<char> text, ref MsgtrkColumnMap? map, out (string? Field, string Reason) error)
    {
        error = default;
        if (text.SequenceEqual(CompleteRecordStream.OverlongMarkerText))
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
}
