using System.Text.Json;
using MailWarden.Core.Tracking;
using MailWarden.Tracking.Reading;

namespace MailWarden.Tracking.ExchangeOnline;

/// <summary>
/// Reads Get-MessageTrace records as JSON: one array of objects (<see cref="MessageTraceJsonArrayReader"/>) when
/// the file starts with <c>[</c>, else one object per line (<see cref="MessageTraceNdjsonReader"/>); and maps a
/// record's properties onto the model.
/// </summary>
internal static class MessageTraceJsonReader
{
    public static TrackingLogReadResult Read(
        string path, Stream stream, TrackingLogPosition from, ITrackingLogSink sink, MsgtrkLimits limits, CancellationToken cancellationToken)
    {
        stream.Seek(0, SeekOrigin.Begin);
        var first = FirstNonBlankByte(stream);
        return first == '['
            ? MessageTraceJsonArrayReader.Read(path, stream, from, sink, limits, cancellationToken)
            : MessageTraceNdjsonReader.Read(path, stream, from, sink, limits, cancellationToken);
    }

    public static bool Map(JsonElement record, MessageTraceEventBuilder builder, out TrackingEvent? trackingEvent, out string? field, out string? reason)
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

    public static bool TryParseObject(byte[] bytes, out JsonDocument? document)
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
