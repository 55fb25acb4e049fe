using System.Globalization;
using MailWarden.Core.Tracking;
using nietras.SeparatedValues;

namespace MailWarden.Tracking.Msgtrk;

/// <summary>
/// Turns one MSGTRK row into a <see cref="TrackingEvent"/> through the column map in force. Values that repeat
/// from row to row (servers, connectors, sources, event ids, statuses) go through Sep's per-column string pool;
/// values unique to a row (ids, subjects, contexts) are allocated directly so they do not churn the pool.
/// </summary>
internal sealed class MsgtrkRowMapper
{
    private static readonly bool[] IsRepetitive = BuildRepetitive();

    private readonly string?[] _values = new string?[MsgtrkFieldNames.Exchange2016.Count];

    /// <summary>Maps <paramref name="row"/>; on failure names the field at fault and why.</summary>
    public bool TryMap(SepReader.Row row, MsgtrkColumnMap map, out TrackingEvent? trackingEvent, out string? field, out string? reason)
    {
        Array.Clear(_values);
        DateTime timestamp = default;
        long? totalBytes = null;
        int? recipientCount = null;
        List<KeyValuePair<string, string>>? extras = null;
        trackingEvent = null;
        for (var i = 0; i < map.Count; i++)
        {
            var col = row[i];
            var span = col.Span;
            var kind = map.Fields[i];
            switch (kind)
            {
                case MsgtrkField.DateTime:
                    if (!MsgtrkDateTime.TryParse(span, out timestamp))
                    {
                        return Fail(MsgtrkFieldNames.DateTime, span.IsEmpty ? "is empty" : $"'{Shorten(span)}' is not an ISO 8601 date-time", out field, out reason);
                    }
                    break;
                case MsgtrkField.TotalBytes:
                    if (!span.IsEmpty)
                    {
                        if (!long.TryParse(span, NumberStyles.None, CultureInfo.InvariantCulture, out var bytes))
                        {
                            return Fail(MsgtrkFieldNames.TotalBytes, $"'{Shorten(span)}' is not a whole number of bytes", out field, out reason);
                        }
                        totalBytes = bytes;
                    }
                    break;
                case MsgtrkField.RecipientCount:
                    if (!span.IsEmpty)
                    {
                        if (!int.TryParse(span, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
                        {
                            return Fail(MsgtrkFieldNames.RecipientCount, $"'{Shorten(span)}' is not a whole number", out field, out reason);
                        }
                        recipientCount = count;
                    }
                    break;
                case MsgtrkField.Extra:
                    if (!span.IsEmpty)
                    {
                        (extras ??= []).Add(new(map.Names[i], col.ToString()));
                    }
                    break;
                default:
                    if (!span.IsEmpty)
                    {
                        _values[(int)kind] = IsRepetitive[(int)kind] ? col.ToString() : new string(span);
                    }
                    break;
            }
        }
        var eventId = _values[(int)MsgtrkField.EventId];
        if (eventId is null)
        {
            return Fail(MsgtrkFieldNames.EventId, "is empty", out field, out reason);
        }
        trackingEvent = MsgtrkFieldValues.ToEvent(_values, timestamp, eventId, totalBytes, recipientCount, extras);
        field = null;
        reason = null;
        return true;
    }

    private static bool Fail(string fieldName, string why, out string? field, out string? reason)
    {
        field = fieldName;
        reason = why;
        return false;
    }

    private static string Shorten(ReadOnlySpan<char> value) => value.Length <= 64 ? value.ToString() : string.Concat(value[..61], "...");

    private static bool[] BuildRepetitive()
    {
        var repetitive = new bool[MsgtrkFieldNames.Exchange2016.Count];
        foreach (var field in (ReadOnlySpan<MsgtrkField>)[
            MsgtrkField.ClientIp, MsgtrkField.ClientHostname, MsgtrkField.ServerIp, MsgtrkField.ServerHostname,
            MsgtrkField.ConnectorId, MsgtrkField.Source, MsgtrkField.EventId, MsgtrkField.RecipientAddress,
            MsgtrkField.RecipientStatus, MsgtrkField.RelatedRecipientAddress, MsgtrkField.SenderAddress, MsgtrkField.ReturnPath,
            MsgtrkField.Directionality, MsgtrkField.TenantId, MsgtrkField.OriginalClientIp, MsgtrkField.OriginalServerIp,
            MsgtrkField.TransportTrafficType, MsgtrkField.SchemaVersion])
        {
            repetitive[(int)field] = true;
        }
        return repetitive;
    }
}
