using System.Text.Json;
using MailWarden.Core.Tracking;
using MailWarden.Tracking.Reading;

namespace MailWarden.Tracking.ExchangeOnline;

/// <summary>
/// Get-MessageTrace records as one JSON array (ConvertTo-Json), parsed whole once it is complete (ends with
/// <c>]</c>); before that it reads as nothing. Each record's line is the line its object starts on.
/// </summary>
internal static class MessageTraceJsonArrayReader
{
    public static TrackingLogReadResult Read(
        string path, Stream stream, TrackingLogPosition from, ITrackingLogSink sink, MsgtrkLimits limits, CancellationToken cancellationToken)
    {
        var length = stream.Length;
        if (from.Offset > 0 || length > limits.MaxJsonArrayLength)
        {
            if (from.Offset > 0 && from.Offset != length)
            {
                sink.OnWarning($"{path}: a JSON array is read once, whole; this one changed after it was read, export again into a new file.");
            }
            else if (from.Offset == 0)
            {
                throw new NotATrackingLogException(path, $"its JSON array is larger than {limits.MaxJsonArrayLength} bytes (MsgtrkLimits.MaxJsonArrayLength); export it as one record per line");
            }
            return new TrackingLogReadResult(TrackingLogFormat.ExchangeOnlineJson, from, 0, 0);
        }
        var bytes = new byte[length];
        stream.Seek(0, SeekOrigin.Begin);
        stream.ReadExactly(bytes);
        var json = Utf8Bom.Skip(bytes);
        if (!json.TrimEnd(" \t\r\n"u8).EndsWith("]"u8))
        {
            return new TrackingLogReadResult(TrackingLogFormat.ExchangeOnlineJson, from, 0, 0); // still being written
        }
        var lineEnds = json.Count((byte)'\n');
        var end = new TrackingLogPosition(length, lineEnds, null);
        var builder = new MessageTraceEventBuilder();
        long events = 0, rejected = 0;
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            reader.Read();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var line = 1 + json[..(int)reader.TokenStartIndex].Count((byte)'\n');
                using var record = JsonDocument.ParseValue(ref reader);
                TrackingEvent? trackingEvent = null;
                string? field = null, reason = "not a JSON object";
                if (record.RootElement.ValueKind == JsonValueKind.Object && MessageTraceJsonReader.Map(record.RootElement, builder, out trackingEvent, out field, out reason))
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
        }
        catch (JsonException error)
        {
            sink.OnRejected(new TrackingLogRowError(path, (error.LineNumber ?? 0) + 1, null, $"invalid JSON, the rest of the array is skipped: {error.Message}"));
            rejected++;
        }
        return new TrackingLogReadResult(TrackingLogFormat.ExchangeOnlineJson, end, events, rejected);
    }
}
