using System.Text;
using MailWarden.Core.Tracking;
using MailWarden.Tracking.Msgtrk;

namespace MailWarden.Tracking.Reading;

/// <summary>
/// Recognises a tracking log from its first bytes, never from its name (docs/tracking-formats.md, "Detection").
/// </summary>
internal static class TrackingLogDetector
{
    private const string MsgtrkLogType = "Message Tracking Log";
    private const string Exchange2003Banner = "# Message Tracking Log File";

    /// <param name="head">The file's first bytes.</param>
    /// <param name="isWholeFile">Whether <paramref name="head"/> is all the file holds now; an unfinished first line then means "wait".</param>
    public static TrackingLogDetection Detect(ReadOnlySpan<byte> head, bool isWholeFile)
    {
        var bytes = Utf8Bom.Skip(head);
        var firstLines = HeadText.FirstLines(bytes);
        // The complete lines of the first few KB decide for every header; only when they do not is the whole head
        // decoded (an import of thousands of small files paid more for decoding 64 KB each than for reading them).
        if (firstLines.Length < bytes.Length && Detect(Encoding.UTF8.GetString(firstLines), isWholeFile, isPrefix: true) is { } early)
        {
            return early;
        }
        return Detect(Encoding.UTF8.GetString(bytes), isWholeFile, isPrefix: false)!.Value;
    }

    /// <returns>The detection; null when <paramref name="isPrefix"/> and the text beyond the prefix could change it.</returns>
    private static TrackingLogDetection? Detect(string text, bool isWholeFile, bool isPrefix)
    {
        var start = text.AsSpan().TrimStart();
        if (start.IsEmpty)
        {
            return isPrefix ? null : isWholeFile ? TrackingLogDetection.Incomplete : TrackingLogDetection.NotALog("it starts with blank bytes only");
        }
        if (start[0] is '{' or '[')
        {
            // Decided by properties anywhere in the head.
            return isPrefix ? null : DetectJson(start, isWholeFile);
        }
        if (start.StartsWith(Exchange2003Banner, StringComparison.OrdinalIgnoreCase))
        {
            return TrackingLogDetection.Of(TrackingLogFormat.Exchange2003);
        }

        var lines = new LineCursor(text);
        if (!lines.TryNext(out var first))
        {
            return isPrefix ? null : Unfinished(isWholeFile, "its first line is longer than the examined head");
        }
        if (first.StartsWith("#TYPE", StringComparison.OrdinalIgnoreCase))
        {
            return lines.TryNext(out var header)
                ? DetectCsvHeader(header)
                : isPrefix ? null : Unfinished(isWholeFile, "its CSV header line is missing");
        }
        if (first.StartsWith('#'))
        {
            return DetectMsgtrkHeader(first, ref lines, isWholeFile, isPrefix);
        }
        var csv = DetectCsvHeader(first);
        return csv.Format is not null ? csv : DetectHeaderlessMsgtrk(first);
    }

    private static TrackingLogDetection Unfinished(bool isWholeFile, string reason) =>
        isWholeFile ? TrackingLogDetection.Incomplete : TrackingLogDetection.NotALog(reason);

    private static TrackingLogDetection DetectJson(ReadOnlySpan<char> start, bool isWholeFile)
    {
        // Get-MessageTrace objects always carry these properties; other JSON (e.g. a Graph export) does not.
        if (start.Contains("\"MessageTraceId\"", StringComparison.OrdinalIgnoreCase)
            || (start.Contains("\"Received\"", StringComparison.OrdinalIgnoreCase)
                && (start.Contains("\"SenderAddress\"", StringComparison.OrdinalIgnoreCase)
                    || start.Contains("\"RecipientAddress\"", StringComparison.OrdinalIgnoreCase)
                    || start.Contains("\"Status\"", StringComparison.OrdinalIgnoreCase))))
        {
            return TrackingLogDetection.Of(TrackingLogFormat.ExchangeOnlineJson);
        }
        return start.Length < 2 && isWholeFile
            ? TrackingLogDetection.Incomplete
            : TrackingLogDetection.NotALog("it is JSON without the MessageTraceId, or Received with SenderAddress, RecipientAddress or Status, of a message trace");
    }

    private static TrackingLogDetection? DetectMsgtrkHeader(ReadOnlySpan<char> line, ref LineCursor lines, bool isWholeFile, bool isPrefix)
    {
        while (true)
        {
            if (!line.StartsWith('#'))
            {
                return TrackingLogDetection.NotALog("its first row comes before any #Fields line");
            }
            if (MsgtrkDirective.TryGetValue(line, "Log-type", out var logType)
                && !logType.Equals(MsgtrkLogType, StringComparison.OrdinalIgnoreCase))
            {
                return TrackingLogDetection.NotALog($"its #Log-type is '{logType.ToString()}'");
            }
            if (MsgtrkDirective.TryGetValue(line, "Fields", out var fields))
            {
                return MsgtrkColumnMap.HasRequiredFields(fields)
                    ? TrackingLogDetection.Of(TrackingLogFormat.Msgtrk)
                    : TrackingLogDetection.NotALog($"its #Fields line lacks {MsgtrkFieldNames.DateTime} or {MsgtrkFieldNames.EventId}");
            }
            if (!lines.TryNext(out line))
            {
                return isPrefix ? null : Unfinished(isWholeFile, "its header has no #Fields line in the examined head");
            }
        }
    }

    private static TrackingLogDetection DetectCsvHeader(ReadOnlySpan<char> header)
    {
        var names = CsvHeaderNames.Parse(header);
        if (names.Contains("Timestamp", StringComparer.OrdinalIgnoreCase) && names.Contains("EventId", StringComparer.OrdinalIgnoreCase))
        {
            return TrackingLogDetection.Of(TrackingLogFormat.PowerShellCsv);
        }
        if (names.Contains("Received", StringComparer.OrdinalIgnoreCase)
            && names.Contains("SenderAddress", StringComparer.OrdinalIgnoreCase)
            && (names.Contains("Status", StringComparer.OrdinalIgnoreCase) || names.Contains("MessageTraceId", StringComparer.OrdinalIgnoreCase)))
        {
            return TrackingLogDetection.Of(TrackingLogFormat.ExchangeOnlineCsv);
        }
        return TrackingLogDetection.NotALog("its first line is neither an Exchange header nor a known CSV header");
    }

    private static TrackingLogDetection DetectHeaderlessMsgtrk(ReadOnlySpan<char> first)
    {
        // Pipelines (e.g. elastic's test data) keep Exchange 2016/2019 rows without the header. Such a row is
        // recognised by its shape alone: the 30 fields of that version, the first a UTC ISO 8601 date-time.
        var count = CsvHeaderNames.CountFields(first);
        var firstValue = first[..Math.Max(0, first.IndexOf(','))];
        if (count == MsgtrkFieldNames.Exchange2016.Count && MsgtrkDateTime.TryParse(firstValue, out _) && firstValue.EndsWith('Z'))
        {
            return new TrackingLogDetection(TrackingLogFormat.Msgtrk, false, null, IsHeaderless: true);
        }
        return TrackingLogDetection.NotALog(
            $"it has no header and its first line is not an Exchange 2016/2019 row (30 fields starting with a UTC date-time; it has {count})");
    }
}
