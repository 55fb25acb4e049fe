using System.Buffers;
using System.Text.Json;
using MailWarden.Core.Tracking;
using MailWarden.Tracking.Reading;

namespace MailWarden.Tracking.ExchangeOnline;

/// <summary>
/// Reads Get-MessageTrace records as JSON: one object per line (NDJSON, as log shippers store them; read
/// incrementally, a last line counts once its object is complete) or one array of objects (ConvertTo-Json; read
/// whole once it is complete, so an array still being written reads as nothing).
/// </summary>
internal static class MessageTraceJsonReader
{
    public static TrackingLogReadResult Read(
        string path, Stream stream, TrackingLogPosition from, ITrackingLogSink sink, MsgtrkLimits limits, CancellationToken cancellationToken)
    {
        stream.Seek(0, SeekOrigin.Begin);
        var first = FirstNonBlankByte(stream);
        return first == '['
            ? ReadArray(path, stream, from, sink, limits, cancellationToken)
            : ReadLines(path, stream, from, sink, limits, cancellationToken);
    }

    private static TrackingLogReadResult ReadLines(
        string path, Stream stream, TrackingLogPosition from, ITrackingLogSink sink, MsgtrkLimits limits, CancellationToken cancellationToken)
    {
        var builder = new MessageTraceEventBuilder();
        long events = 0, rejected = 0;
        var line = from.LineNumber;
        var start = from.Offset == 0 ? Utf8Bom.LengthAtStart(stream) : from.Offset;
        long end, endLines;
        using (var records = new CompleteRecordStream(stream, start, limits.MaxRecordLength, quotedValues: false))
        {
            var buffer = new ArrayBufferWriter<byte>();
            var chunk = new byte[65_536];
            int read;
            while ((read = records.Read(chunk)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                buffer.Write(chunk.AsSpan(0, read));
                var data = buffer.WrittenSpan;
                var consumed = 0;
                int lf;
                while ((lf = data[consumed..].IndexOf((byte)'\n')) >= 0)
                {
                    HandleLine(data.Slice(consumed, lf), ++line);
                    consumed += lf + 1;
                }
                var rest = data[consumed..].ToArray();
                buffer.ResetWrittenCount();
                buffer.Write(rest);
            }
            end = records.ReleasedOffset;
            endLines = from.LineNumber + records.ReleasedLines;
        }
        // A last line without its LF is taken once it holds a whole object: a half-written object cannot parse.
        var tailLength = stream.Length - end;
        if (tailLength > 0 && tailLength <= limits.MaxRecordLength)
        {
            var tail = new byte[tailLength];
            stream.Seek(end, SeekOrigin.Begin);
            stream.ReadExactly(tail);
            if (TryParseObject(tail, out var document))
            {
                using (document)
                {
                    Emit(document!.RootElement, endLines + 1);
                }
                end = stream.Length;
            }
        }
        return new TrackingLogReadResult(TrackingLogFormat.ExchangeOnlineJson, new TrackingLogPosition(end, endLines, null), events, rejected);

        void HandleLine(ReadOnlySpan<byte> bytes, long lineNumber)
        {
            bytes = bytes.TrimEnd((byte)'\r').Trim(" \t"u8);
            if (bytes.IsEmpty)
            {
                return;
            }
            if (bytes.SequenceEqual(CompleteRecordStream.OverlongMarker))
            {
                Reject(lineNumber, null, $"record longer than {limits.MaxRecordLength} bytes (MsgtrkLimits.MaxRecordLength)");
                return;
            }
            if (!TryParseObject(bytes.ToArray(), out var document))
            {
                Reject(lineNumber, null, "not a JSON object");
                return;
            }
            using (document)
            {
                Emit(document!.RootElement, lineNumber);
            }
        }

        void Emit(JsonElement record, long lineNumber)
        {
            if (Map(record, builder, out var trackingEvent, out var field, out var reason))
            {
                sink.OnEvent(trackingEvent!, lineNumber);
                events++;
            }
            else
            {
                Reject(lineNumber, field, reason!);
            }
        }

        void Reject(long lineNumber, string? field, string reason)
        {
            sink.OnRejected(new TrackingLogRowError(path, lineNumber, field, reason));
            rejected++;
        }
    }

    private static TrackingLogReadResult ReadArray(
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
                if (record.RootElement.ValueKind == JsonValueKind.Object && Map(record.RootElement, builder, out trackingEvent, out field, out reason))
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

    private static bool Map(JsonElement record, MessageTraceEventBuilder builder, out TrackingEvent? trackingEvent, out string? field, out string? reason)
    {
        builder.Reset();
        foreach (var property in record.EnumerateObject())
        {
            builder.Set(property.Name, property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                _ => property.Value.GetRawText(),
            });
        }
        return builder.TryBuild(out trackingEvent, out field, out reason);
    }

    private static bool TryParseObject(byte[] bytes, out JsonDocument? document)
    {
        try
        {
            document = JsonDocument.Parse(bytes);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return true;
            }
            document.Dispose();
        }
        catch (JsonException)
        {
        }
        document = null;
        return false;
    }

    private static int FirstNonBlankByte(Stream stream)
    {
        int b;
        while ((b = stream.ReadByte()) is ' ' or '\t' or '\r' or '\n' or 0xEF or 0xBB or 0xBF)
        {
        }
        return b;
    }
}
