namespace MailWarden.Core.Tracking;

/// <summary>
/// One row of a message tracking log: the shared model of what Exchange logs, what our gateway logs and
/// what the store keeps. Text fields hold the value as logged; an empty field is <see langword="null"/>.
/// Multi-valued fields (<c>recipient-address</c>, <c>recipient-status</c>, <c>reference</c>) hold the
/// logged <c>;</c>-joined text, split on demand by <see cref="Split"/>, so that a row reads back exactly.
/// </summary>
public sealed record TrackingEvent
{
    /// <summary><c>date-time</c>: when the event happened, in UTC (<see cref="DateTimeKind.Utc"/>).</summary>
    public required DateTime Timestamp { get; init; }
#pragma warning disable CS1591 // Each property is the MSGTRK field of the same name (MsgtrkFieldNames).
    public string? ClientIp { get; init; }
    public string? ClientHostname { get; init; }
    public string? ServerIp { get; init; }
    public string? ServerHostname { get; init; }
    public string? SourceContext { get; init; }
    public string? ConnectorId { get; init; }
    public string? Source { get; init; }
    public required string EventId { get; init; }
    public string? InternalMessageId { get; init; }
    public string? MessageId { get; init; }
    public string? NetworkMessageId { get; init; }
    public string? RecipientAddress { get; init; }
    public string? RecipientStatus { get; init; }
    public long? TotalBytes { get; init; }
    public int? RecipientCount { get; init; }
    public string? RelatedRecipientAddress { get; init; }
    public string? Reference { get; init; }
    public string? MessageSubject { get; init; }
    public string? SenderAddress { get; init; }
    public string? ReturnPath { get; init; }
    public string? MessageInfo { get; init; }
    public string? Directionality { get; init; }
    public string? TenantId { get; init; }
    public string? OriginalClientIp { get; init; }
    public string? OriginalServerIp { get; init; }
    public string? CustomData { get; init; }
    public string? TransportTrafficType { get; init; }
    public string? LogId { get; init; }
    public string? SchemaVersion { get; init; }
#pragma warning restore CS1591

    /// <summary>Fields the log carried that are not in <see cref="MsgtrkFieldNames"/>, by name, in logged order; kept, never dropped.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ExtraFields { get; init; } = [];

    /// <summary>
    /// The message identity of ../shared/REPORTS.md: <c>message-id</c>, or where that is empty,
    /// <c>internal-message-id</c> and <c>server-hostname</c>.
    /// </summary>
    public string MessageKey => MakeMessageKey(MessageId, InternalMessageId, ServerHostname);

    /// <summary>The message identity from its parts (see <see cref="MessageKey"/>).</summary>
    public static string MakeMessageKey(string? messageId, string? internalMessageId, string? serverHostname) =>
        !string.IsNullOrEmpty(messageId) ? messageId : $"{internalMessageId}@{serverHostname}";

    /// <summary>Splits a multi-valued field into its values; an empty field has none.</summary>
    public static string[] Split(string? multiValued) =>
        string.IsNullOrEmpty(multiValued) ? [] : multiValued.Split(';');

    /// <summary>Joins values into a multi-valued field; a value may not contain the separator.</summary>
    /// <exception cref="ArgumentException">A value contains <c>;</c>, which could not be read back.</exception>
    public static string? Join(IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var list = values.ToList();
        foreach (var value in list)
        {
            if (value.Contains(';', StringComparison.Ordinal))
            {
                throw new ArgumentException($"The value '{value}' contains ';', the separator of multi-valued fields.", nameof(values));
            }
        }
        return list.Count == 0 ? null : string.Join(';', list);
    }
}
