using System.Globalization;
using MailWarden.Core.Tracking;
using MailWarden.Tracking.Reading;
using nietras.SeparatedValues;

namespace MailWarden.Tracking.Exchange2003;

/// <summary>
/// Maps the tab-separated rows of an Exchange 2000/2003 tracking log (KB246965) onto the model; the header is
/// the <c># Date	Time	client-ip	...</c> comment line, and columns are mapped by its names (case-insensitive).
/// </summary>
internal sealed class Exchange2003RowMapper(string path, ITrackingLogSink sink) : HeaderedRowMapper(path, sink)
{
    /// <summary>The name under which the original numeric event id is kept in <see cref="TrackingEvent.ExtraFields"/>.</summary>
    public const string EventNumberField = "Event-ID";

    private enum Column
    {
        Extra, Date, Time, ClientIp, ClientHostname, PartnerName, ServerHostname, ServerIp, RecipientAddress, EventId,
        MessageId, RecipientReportStatus, TotalBytes, NumberRecipients, OriginationTime, LinkedMessageId, MessageSubject, SenderAddress,
    }

    private static readonly Dictionary<string, Column> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Date"] = Column.Date, ["Time"] = Column.Time, ["client-ip"] = Column.ClientIp, ["Client-hostname"] = Column.ClientHostname,
        ["Partner-Name"] = Column.PartnerName, ["Server-hostname"] = Column.ServerHostname, ["server-IP"] = Column.ServerIp,
        ["Recipient-Address"] = Column.RecipientAddress, ["Event-ID"] = Column.EventId, ["MSGID"] = Column.MessageId,
        ["Recipient-Report-Status"] = Column.RecipientReportStatus, ["total-bytes"] = Column.TotalBytes,
        ["Number-Recipients"] = Column.NumberRecipients, ["Origination-Time"] = Column.OriginationTime,
        ["Linked-MSGID"] = Column.LinkedMessageId, ["Message-Subject"] = Column.MessageSubject, ["Sender-Address"] = Column.SenderAddress,
    };

    private Column[] _columns = [];
    private string[] _names = [];

    public override TrackingLogFormat Format => TrackingLogFormat.Exchange2003;

    public override char Separator => '\t';

    public override bool QuotedValues => false;

    public override int ColumnCount => _columns.Length;

    public override bool HeaderIsFirstRow => false;

    public override bool IsHeaderComment(ReadOnlySpan<char> line) =>
        line.StartsWith("# Date\t", StringComparison.OrdinalIgnoreCase);

    public override bool TrySetHeader(string headerLine, out string? error)
    {
        var names = headerLine.TrimStart('#').Trim().Split('\t', StringSplitOptions.TrimEntries);
        var columns = names.Select(n => Known.GetValueOrDefault(n, Column.Extra)).ToArray();
        if (!columns.Contains(Column.Date) || !columns.Contains(Column.Time) || !columns.Contains(Column.EventId))
        {
            error = "lacks Date, Time or Event-ID";
            return false;
        }
        _columns = columns;
        _names = names;
        error = null;
        return true;
    }

    public override bool TryMap(SepReader.Row row, out TrackingEvent? trackingEvent, out string? field, out string? reason)
    {
        trackingEvent = null;
        var values = new string?[Enum.GetValues<Column>().Length];
        var extras = new List<KeyValuePair<string, string>>();
        for (var i = 0; i < _columns.Length; i++)
        {
            var span = row[i].Span.Trim();
            if (span.IsEmpty)
            {
                continue;
            }
            var text = row[i].ToString().Trim();
            if (_columns[i] == Column.Extra)
            {
                extras.Add(new(_names[i], text));
            }
            else
            {
                values[(int)_columns[i]] = text;
            }
        }
        if (!TryParseTimestamp(values[(int)Column.Date], values[(int)Column.Time], out var timestamp))
        {
            return Fail("Date/Time", $"'{values[(int)Column.Date]} {values[(int)Column.Time]}' is not a date (y-M-d) and time (H:m:s GMT)", out field, out reason);
        }
        if (values[(int)Column.EventId] is not { } number)
        {
            return Fail(EventNumberField, "is empty", out field, out reason);
        }
        if (!TryParseNumber(values[(int)Column.TotalBytes], out var totalBytes))
        {
            return Fail("total-bytes", $"'{values[(int)Column.TotalBytes]}' is not a whole number of bytes", out field, out reason);
        }
        if (!TryParseNumber(values[(int)Column.NumberRecipients], out var recipients) || recipients > int.MaxValue)
        {
            return Fail("Number-Recipients", $"'{values[(int)Column.NumberRecipients]}' is not a whole number", out field, out reason);
        }
        var (eventId, source) = Exchange2003EventIds.Map(number);
        extras.Add(new(EventNumberField, number));
        trackingEvent = new TrackingEvent
        {
            Timestamp = timestamp,
            EventId = eventId,
            Source = source ?? values[(int)Column.PartnerName],
            ClientIp = values[(int)Column.ClientIp],
            ClientHostname = values[(int)Column.ClientHostname],
            ServerHostname = values[(int)Column.ServerHostname],
            ServerIp = values[(int)Column.ServerIp],
            RecipientAddress = values[(int)Column.RecipientAddress],
            MessageId = values[(int)Column.MessageId],
            RecipientStatus = values[(int)Column.RecipientReportStatus],
            TotalBytes = totalBytes,
            RecipientCount = (int?)recipients,
            MessageInfo = values[(int)Column.OriginationTime],
            Reference = values[(int)Column.LinkedMessageId],
            MessageSubject = values[(int)Column.MessageSubject],
            SenderAddress = values[(int)Column.SenderAddress],
            ExtraFields = extras,
        };
        field = null;
        reason = null;
        return true;
    }

    private static bool TryParseNumber(string? text, out long? value)
    {
        value = null;
        if (text is null)
        {
            return true;
        }
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            value = parsed;
            return true;
        }
        return false;
    }

    private static readonly string[] TimestampFormats = ["yyyy-M-d H:m:s", "yyyy-M-d H:m:s.FFF"];

    private static bool TryParseTimestamp(string? date, string? time, out DateTime timestamp)
    {
        timestamp = default;
        if (date is null || time is null)
        {
            return false;
        }
        // The Time column is GMT and says so ("14:39:55 GMT"); it is absent in some copies, and means UTC either way.
        var clock = time.EndsWith("GMT", StringComparison.OrdinalIgnoreCase) ? time[..^3].TrimEnd() : time;
        if (!DateTime.TryParseExact($"{date} {clock}", TimestampFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out timestamp))
        {
            return false;
        }
        timestamp = DateTime.SpecifyKind(timestamp, DateTimeKind.Utc);
        return true;
    }
}
