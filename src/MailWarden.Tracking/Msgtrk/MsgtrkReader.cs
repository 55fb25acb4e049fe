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
        var start = from.Offset == 0 ? Utf8Bom.LengthAtStart(stream) : from.Offset;
        using var records = new CompleteRecordStream(stream, start, limits.MaxRecordLength);
        var handler = new MsgtrkRowHandler(path, map, sink, limits, from.LineNumber);
        long rows = 0;
        using (var reader = NewSepReader(records))
        {
            foreach (var row in reader)
            {
                if ((++rows & 0x3FF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
                handler.Handle(row);
            }
        }
        var end = new TrackingLogPosition(records.ReleasedOffset, from.LineNumber + records.ReleasedLines, handler.Map?.HeaderLine);
        return new TrackingLogReadResult(TrackingLogFormat.Msgtrk, end, handler.Events, handler.Rejected);
    }

    /// <summary>A Sep reader with the options every MSGTRK read uses.</summary>
    public static SepReader NewSepReader(Stream records) => Options().From(records);

    /// <summary>The same, over text already decoded.</summary>
    public static SepReader NewSepReader(string records) => Options().FromText(records);

    private static SepReaderOptions Options() =>
        Sep.New(',').Reader(o => o with
        {
            HasHeader = false,
            DisableColCountCheck = true,
            Unescape = true,
            CreateToString = SepToString.PoolPerCol(maximumStringLength: PooledStringLength),
        });
}
