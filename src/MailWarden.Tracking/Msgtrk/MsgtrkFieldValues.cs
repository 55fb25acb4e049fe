using MailWarden.Core.Tracking;

namespace MailWarden.Tracking.Msgtrk;

/// <summary>
/// Builds a <see cref="TrackingEvent"/> from one row's text values indexed by <see cref="MsgtrkField"/>: the one place
/// where the MSGTRK reader and the <c>Get-MessageTrackingLog | Export-Csv</c> reader, which map their columns onto the
/// same fields, turn values into the model.
/// </summary>
internal static class MsgtrkFieldValues
{
    /// <summary>The event of <paramref name="values"/>, with the fields the caller parsed and checked already.</summary>
    public static TrackingEvent ToEvent(
        string?[] values, DateTime timestamp, string eventId, long? totalBytes, int? recipientCount,
        IReadOnlyList<KeyValuePair<string, string>>? extras) => new()
        {
            Timestamp = timestamp,
            EventId = eventId,
            ClientIp = values[(int)MsgtrkField.ClientIp],
            ClientHostname = values[(int)MsgtrkField.ClientHostname],
            ServerIp = values[(int)MsgtrkField.ServerIp],
            ServerHostname = values[(int)MsgtrkField.ServerHostname],
            SourceContext = values[(int)MsgtrkField.SourceContext],
            ConnectorId = values[(int)MsgtrkField.ConnectorId],
            Source = values[(int)MsgtrkField.Source],
            InternalMessageId = values[(int)MsgtrkField.InternalMessageId],
            MessageId = values[(int)MsgtrkField.MessageId],
            NetworkMessageId = values[(int)MsgtrkField.NetworkMessageId],
            RecipientAddress = values[(int)MsgtrkField.RecipientAddress],
            RecipientStatus = values[(int)MsgtrkField.RecipientStatus],
            TotalBytes = totalBytes,
            RecipientCount = recipientCount,
            RelatedRecipientAddress = values[(int)MsgtrkField.RelatedRecipientAddress],
            Reference = values[(int)MsgtrkField.Reference],
            MessageSubject = values[(int)MsgtrkField.MessageSubject],
            SenderAddress = values[(int)MsgtrkField.SenderAddress],
            ReturnPath = values[(int)MsgtrkField.ReturnPath],
            MessageInfo = values[(int)MsgtrkField.MessageInfo],
            Directionality = values[(int)MsgtrkField.Directionality],
            TenantId = values[(int)MsgtrkField.TenantId],
            OriginalClientIp = values[(int)MsgtrkField.OriginalClientIp],
            OriginalServerIp = values[(int)MsgtrkField.OriginalServerIp],
            CustomData = values[(int)MsgtrkField.CustomData],
            TransportTrafficType = values[(int)MsgtrkField.TransportTrafficType],
            LogId = values[(int)MsgtrkField.LogId],
            SchemaVersion = values[(int)MsgtrkField.SchemaVersion],
            ExtraFields = extras is null ? [] : extras,
        };
}
