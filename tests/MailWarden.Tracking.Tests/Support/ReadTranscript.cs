using System.Text;
using MailWarden.Core.Tracking;
using MailWarden.Tracking.Reading;

namespace MailWarden.Tracking.Tests.Support;

/// <summary>
/// Everything a read reports, as comparable text: each event (all properties, extra fields included) with its line,
/// each rejection, each warning, and the result. Two readers agree when their transcripts are equal.
/// </summary>
public sealed class ReadTranscript : IMsgtrkRecordSink
{
    public List<string> Entries { get; } = [];

    /// <summary>Events that came through <see cref="OnRecord"/> (the columnar decoder) rather than <see cref="OnEvent"/>.</summary>
    public int Decoded { get; private set; }

    public void OnEvent(TrackingEvent trackingEvent, long lineNumber) => Entries.Add($"{lineNumber}: {Describe(trackingEvent)}");

    public void OnRecord(in MsgtrkRecord record, long lineNumber)
    {
        Decoded++;
        OnEvent(ToEvent(record), lineNumber);
    }

    public void OnRejected(TrackingLogRowError error) => Entries.Add($"rejected {error}");

    public void OnWarning(string message) => Entries.Add($"warning {message}");

    public void Ended(TrackingLogReadResult result) =>
        Entries.Add($"end {result.Format} {result.End.Offset} {result.End.LineNumber} [{result.End.Header}] {result.Events} {result.Rejected}");

    /// <summary>The event <see cref="TrackingLogReader.Read"/> would have made of the record.</summary>
    public static TrackingEvent ToEvent(in MsgtrkRecord record)
    {
        var extras = new List<KeyValuePair<string, string>>();
        for (var i = 0; i < record.ExtraFieldCount; i++)
        {
            extras.Add(new(record.ExtraFieldName(i), Encoding.UTF8.GetString(record.ExtraFieldValue(i))));
        }
        var values = new string?[MsgtrkFieldNames.Exchange2016.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var value = record.Field(i);
            values[i] = value.IsEmpty ? null : Encoding.UTF8.GetString(value);
        }
        string? Text(string field) => values[IndexOf(field)];
        return new TrackingEvent
        {
            Timestamp = record.Timestamp,
            ClientIp = Text(MsgtrkFieldNames.ClientIp),
            ClientHostname = Text(MsgtrkFieldNames.ClientHostname),
            ServerIp = Text(MsgtrkFieldNames.ServerIp),
            ServerHostname = Text(MsgtrkFieldNames.ServerHostname),
            SourceContext = Text(MsgtrkFieldNames.SourceContext),
            ConnectorId = Text(MsgtrkFieldNames.ConnectorId),
            Source = Text(MsgtrkFieldNames.Source),
            EventId = Text(MsgtrkFieldNames.EventId)!,
            InternalMessageId = Text(MsgtrkFieldNames.InternalMessageId),
            MessageId = Text(MsgtrkFieldNames.MessageId),
            NetworkMessageId = Text(MsgtrkFieldNames.NetworkMessageId),
            RecipientAddress = Text(MsgtrkFieldNames.RecipientAddress),
            RecipientStatus = Text(MsgtrkFieldNames.RecipientStatus),
            TotalBytes = record.TotalBytes,
            RecipientCount = record.RecipientCount,
            RelatedRecipientAddress = Text(MsgtrkFieldNames.RelatedRecipientAddress),
            Reference = Text(MsgtrkFieldNames.Reference),
            MessageSubject = Text(MsgtrkFieldNames.MessageSubject),
            SenderAddress = Text(MsgtrkFieldNames.SenderAddress),
            ReturnPath = Text(MsgtrkFieldNames.ReturnPath),
            MessageInfo = Text(MsgtrkFieldNames.MessageInfo),
            Directionality = Text(MsgtrkFieldNames.Directionality),
            TenantId = Text(MsgtrkFieldNames.TenantId),
            OriginalClientIp = Text(MsgtrkFieldNames.OriginalClientIp),
            OriginalServerIp = Text(MsgtrkFieldNames.OriginalServerIp),
            CustomData = Text(MsgtrkFieldNames.CustomData),
            TransportTrafficType = Text(MsgtrkFieldNames.TransportTrafficType),
            LogId = Text(MsgtrkFieldNames.LogId),
            SchemaVersion = Text(MsgtrkFieldNames.SchemaVersion),
            ExtraFields = extras,
        };
    }

    private static int IndexOf(string field)
    {
        for (var i = 0; i < MsgtrkFieldNames.Exchange2016.Count; i++)
        {
            if (MsgtrkFieldNames.Exchange2016[i] == field)
            {
                return i;
            }
        }
        throw new ArgumentException(field, nameof(field));
    }

    private static string Describe(TrackingEvent e) =>
        $"{e with { ExtraFields = [] }} ticks={e.Timestamp.Ticks} kind={e.Timestamp.Kind} extras=[{string.Join("|", e.ExtraFields.Select(f => $"{f.Key}={f.Value}"))}]";
}
