using CsCheck;
using MailWarden.Core.Tracking;

namespace MailWarden.Tracking.Tests.Support;

/// <summary>Random <see cref="TrackingEvent"/>s for property tests, from the text alphabets each test chooses.</summary>
internal static class RandomTrackingEvents
{
    private static readonly long MinMilliseconds = new DateTime(2000, 1, 1).Ticks / TimeSpan.TicksPerMillisecond;
    private static readonly long MaxMilliseconds = new DateTime(2100, 1, 1).Ticks / TimeSpan.TicksPerMillisecond;

    /// <summary>
    /// Events whose event id is <paramref name="text"/>, whose other text fields are <paramref name="optionalText"/>
    /// and whose multi-valued fields (recipient-address, recipient-status, reference) are <paramref name="multiValued"/>;
    /// times to the millisecond (what MSGTRK keeps).
    /// </summary>
    public static Gen<TrackingEvent> Create(Gen<string> text, Gen<string?> optionalText, Gen<string?> multiValued) =>
        from milliseconds in Gen.Long[MinMilliseconds, MaxMilliseconds]
        from eventId in text
        from texts in optionalText.Array[24]
        from lists in multiValued.Array[3]
        from totalBytes in Gen.Long[0, long.MaxValue].Nullable()
        from recipientCount in Gen.Int[0, int.MaxValue].Nullable()
        select new TrackingEvent
        {
            Timestamp = new DateTime(milliseconds * TimeSpan.TicksPerMillisecond, DateTimeKind.Utc),
            EventId = eventId,
            ClientIp = texts[0], ClientHostname = texts[1], ServerIp = texts[2], ServerHostname = texts[3],
            SourceContext = texts[4], ConnectorId = texts[5], Source = texts[6], InternalMessageId = texts[7],
            MessageId = texts[8], NetworkMessageId = texts[9], RelatedRecipientAddress = texts[10],
            MessageSubject = texts[11], SenderAddress = texts[12], ReturnPath = texts[13], MessageInfo = texts[14],
            Directionality = texts[15], TenantId = texts[16], OriginalClientIp = texts[17], OriginalServerIp = texts[18],
            CustomData = texts[19], TransportTrafficType = texts[20], LogId = texts[21], SchemaVersion = texts[22],
            RecipientAddress = lists[0], RecipientStatus = lists[1], Reference = lists[2],
            TotalBytes = totalBytes, RecipientCount = recipientCount,
        };
}
