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
        var bytes = Utf8Bom.Skip(head);
        var firstLines = HeadText.FirstLines(bytes);
        if (firstLines.Length < bytes.Length && FirstFieldsLine(Encoding.UTF8.GetString(firstLines), limits, out var map))
        {
            return map;
        }
        FirstFieldsLine(Encoding.UTF8.GetString(bytes), limits, out map);
        return map;
    }

    /// <summary>Finds the map of the first <c>#Fields:</c> line of the header; false when the text ends before the header does.</summary>
    private static bool FirstFieldsLine(string text, MsgtrkLimits limits, out MsgtrkColumnMap? map)
    {
        var lines = new LineCursor(text);
        map = null;
        while (lines.TryNext(out var line))
        {
            if (!line.StartsWith('#'))
            {
                return true;
            }
            if (MsgtrkColumnMap.TryCreate(line.ToString(), limits.MaxFields, out var first, out _))
            {
                map = first;
                return true;
            }
        }
        return false;
    }
}
