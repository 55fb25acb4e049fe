using System.Buffers;
using System.Text.Json;
using MailWarden.Tracking.Reading;

namespace MailWarden.Tracking.ExchangeOnline;

/// <summary>
/// Get-MessageTrace records one JSON object per line (as log shippers store them), read incrementally like a
/// log: complete lines only, and a last line without its LF once it holds a whole object (a half-written object
/// cannot parse).
/// </summary>
internal static class MessageTraceNdjsonReader
{
    public static TrackingLogReadResult Read(
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
            if (MessageTraceJsonReader.TryParseObject(tail, out var document))
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
            if (!MessageTraceJsonReader.TryParseObject(bytes.ToArray(), out var document))
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
            if (MessageTraceJsonReader.Map(record, builder, out var trackingEvent, out var field, out var reason))
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
}
