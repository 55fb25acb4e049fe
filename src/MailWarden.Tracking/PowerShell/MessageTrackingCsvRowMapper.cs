using System.Globalization;
using MailWarden.Core.Tracking;
using MailWarden.Tracking.Msgtrk;
using MailWarden.Tracking.Reading;
using nietras.SeparatedValues;

namespace MailWarden.Tracking.PowerShell;

/// <summary>
/// Maps the rows of <c>Get-MessageTrackingLog | Export-Csv</c>: columns are the PowerShell property names of
/// the cmdlet's output (Timestamp, EventId, Source, Sender, Recipients, MessageSubject...), matched by name;
/// properties the model does not know (RunspaceId, PSComputerName, MessageLatency...) are kept as extra fields.
/// </summary>
internal sealed class MessageTrackingCsvRowMapper(string path, ITrackingLogSink sink) : HeaderedRowMapper(path, sink)
{
    /// <summary>What Export-Csv writes for a list it was not told to join.</summary>
    private const string UnjoinedList = "System.String[]";
    private const string UnjoinedPrefix = "System.Collections.Generic.";

    private static readonly Dictionary<string, MsgtrkField> Properties = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Timestamp"] = MsgtrkField.DateTime, ["ClientIp"] = MsgtrkField.ClientIp, ["ClientHostname"] = MsgtrkField.ClientHostname,
        ["ServerIp"] = MsgtrkField.ServerIp, ["ServerHostname"] = MsgtrkField.ServerHostname, ["SourceContext"] = MsgtrkField.SourceContext,
        ["ConnectorId"] = MsgtrkField.ConnectorId, ["Source"] = MsgtrkField.Source, ["EventId"] = MsgtrkField.EventId,
        ["InternalMessageId"] = MsgtrkField.InternalMessageId, ["MessageId"] = MsgtrkField.MessageId,
        ["NetworkMessageId"] = MsgtrkField.NetworkMessageId, ["Recipients"] = MsgtrkField.RecipientAddress,
        ["RecipientStatus"] = MsgtrkField.RecipientStatus, ["TotalBytes"] = MsgtrkField.TotalBytes,
        ["RecipientCount"] = MsgtrkField.RecipientCount, ["RelatedRecipientAddress"] = MsgtrkField.RelatedRecipientAddress,
        ["Reference"] = MsgtrkField.Reference, ["MessageSubject"] = MsgtrkField.MessageSubject, ["Sender"] = MsgtrkField.SenderAddress,
        ["ReturnPath"] = MsgtrkField.ReturnPath, ["MessageInfo"] = MsgtrkField.MessageInfo, ["Directionality"] = MsgtrkField.Directionality,
        ["TenantId"] = MsgtrkField.TenantId, ["OriginalClientIp"] = MsgtrkField.OriginalClientIp,
        ["OriginalServerIp"] = MsgtrkField.OriginalServerIp, ["EventData"] = MsgtrkField.CustomData,
        ["TransportTrafficType"] = MsgtrkField.TransportTrafficType, ["LogId"] = MsgtrkField.LogId, ["SchemaVersion"] = MsgtrkField.SchemaVersion,
    };

    private readonly string?[] _values = new string?[MsgtrkFieldNames.Exchange2016.Count];
    private MsgtrkField[] _columns = [];
    private string[] _names = [];

    public override TrackingLogFormat Format => TrackingLogFormat.PowerShellCsv;

    public override char Separator => ',';

    public override int ColumnCount => _columns.Length;

    public override bool TrySetHeader(string headerLine, out string? error)
    {
        var names = CsvHeaderNames.Parse(headerLine);
        var columns = names.Select(n => Properties.GetValueOrDefault(n, MsgtrkField.Extra)).ToArray();
        if (!columns.Contains(MsgtrkField.DateTime) || !columns.Contains(MsgtrkField.EventId))
        {
            error = "lacks Timestamp or EventId";
            return false;
        }
        _columns = columns;
        _names = [.. names];
        error = null;
        return true;
    }

    public override bool TryMap(SepReader.Row row, out TrackingEvent? trackingEvent, out string? field, out string? reason)
    {
        trackingEvent = null;
        Array.Clear(_values);
        List<KeyValuePair<string, string>>? extras = null;
        for (var i = 0; i < _columns.Length; i++)
        {
            var span = row[i].Span;
            if (span.IsEmpty)
            {
                continue;
            }
            if (span.SequenceEqual(UnjoinedList) || span.StartsWith(UnjoinedPrefix, StringComparison.Ordinal))
            {
                WarnOnce("unjoined", $"multi-valued properties such as {_names[i]} read '{span.ToString()}' because the export did not join them; " +
                    "they were imported empty. Join them in the export (Recipients, RecipientStatus, Reference with ';'), see docs/powershell-export.md.");
                continue;
            }
            if (_columns[i] == MsgtrkField.Extra)
            {
                (extras ??= []).Add(new(_names[i], row[i].ToString()));
            }
            else
            {
                _values[(int)_columns[i]] = row[i].ToString();
            }
        }
        var timestampText = _values[(int)MsgtrkField.DateTime];
        if (timestampText is null || !ExportTimestamp.TryParse(timestampText, out var timestamp, out var assumedUtc))
        {
            return Fail("Timestamp", timestampText is null ? "is empty" : $"'{Shorten(timestampText)}' is not a date-time", out field, out reason);
        }
        if (assumedUtc)
        {
            WarnOnce("timestamp", $"timestamps such as '{timestampText}' carry no time zone and were read as UTC; Get-MessageTrackingLog " +
                "gives them in the exporting machine's local time, so they may be off by its UTC offset. Export Timestamp as " +
                "$_.Timestamp.ToUniversalTime().ToString('o'), see docs/powershell-export.md.");
        }
        if (_values[(int)MsgtrkField.EventId] is not { } eventId)
        {
            return Fail("EventId", "is empty", out field, out reason);
        }
        if (!TryNumber(MsgtrkField.TotalBytes, out var totalBytes))
        {
            return Fail("TotalBytes", $"'{Shorten(_values[(int)MsgtrkField.TotalBytes])}' is not a whole number of bytes", out field, out reason);
        }
        if (!TryNumber(MsgtrkField.RecipientCount, out var recipients) || recipients > int.MaxValue)
        {
            return Fail("RecipientCount", $"'{Shorten(_values[(int)MsgtrkField.RecipientCount])}' is not a whole number", out field, out reason);
        }
        trackingEvent = MsgtrkFieldValues.ToEvent(_values, timestamp, eventId, totalBytes, (int?)recipients, extras);
        field = reason = null;
        return true;
    }

    private bool TryNumber(MsgtrkField column, out long? value)
    {
        value = null;
        if (_values[(int)column] is not { } text)
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
}
