using System.Text;
using MailWarden.Tracking.Reading;

namespace MailWarden.Tracking.Msgtrk;

/// <summary>Finds the column map in force where a read starts.</summary>
internal static class MsgtrkHeader
{
    /// <summary>
    /// At offset 0: none yet for a file with a header (its <c>#Fields:</c> line comes first), the 2016/2019 list for a
    /// header-less file. Past it: the header the previous read returned, else the file's first <c>#Fields:</c> line.
    /// </summary>
    public static MsgtrkColumnMap? MapAt(TrackingLogPosition from, ReadOnlySpan<byte> head, bool isHeaderless, MsgtrkLimits limits)
    {
        if (from.Header is not null && MsgtrkColumnMap.TryCreate(from.Header, limits.MaxFields, out var saved, out _))
        {
            return saved;
        }
        if (isHeaderless)
        {
            return MsgtrkColumnMap.Exchange2016;
        }
        if (from.Offset == 0)
        {
            return null;
        }
        var lines = new LineCursor(Encoding.UTF8.GetString(Utf8Bom.Skip(head)));
        while (lines.TryNext(out var line) && line.StartsWith('#'))
        {
            if (MsgtrkColumnMap.TryCreate(line.ToString(), limits.MaxFields, out var first, out _))
            {
                return first;
            }
        }
        return null;
    }
}
