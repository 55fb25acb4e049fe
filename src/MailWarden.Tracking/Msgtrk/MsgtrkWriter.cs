using System.Buffers;
using System.Globalization;
using System.Text;
using MailWarden.Core.Tracking;

namespace MailWarden.Tracking.Msgtrk;

/// <summary>
/// Writes the MSGTRK format as Exchange 2016/2019 does: the <c>#Software</c>, <c>#Version</c>, <c>#Log-type</c>,
/// <c>#Date</c> and <c>#Fields</c> header, then one row per event with the 30 fields of
/// <see cref="MsgtrkFieldNames.Exchange2016"/>, CRLF line ends, UTF-8 without BOM. A value is quoted (RFC 4180,
/// inner quotes doubled) when it holds <c>,</c> <c>"</c> CR or LF, or starts or ends with white space, so that
/// <see cref="Reading.TrackingLogReader"/> reads back exactly what was written.
/// </summary>
/// <remarks>
/// What does not survive a round trip, by design of the format: an empty text reads back as null;
/// <see cref="TrackingEvent.Timestamp"/> is written in UTC to the millisecond (as Exchange does);
/// <see cref="TrackingEvent.ExtraFields"/> are not written (the field list is fixed).
/// </remarks>
public sealed class MsgtrkWriter : IDisposable
{
    /// <summary>The line end Exchange writes.</summary>
    public const string NewLine = "\r\n";

    /// <summary>UTF-8 without BOM, as Exchange 2013+ writes its logs.</summary>
    public static Encoding Encoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private static readonly string SoftwareVersion =
        typeof(MsgtrkWriter).Assembly.GetName().Version?.ToString() ?? "1.0.0.0";

    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");

    private readonly TextWriter _writer;
    private readonly bool _leaveOpen;
    private readonly StringBuilder _row = new();

    /// <summary>Writes to <paramref name="writer"/>, whose encoding the caller chose.</summary>
    /// <param name="writer">Where the text goes.</param>
    /// <param name="leaveOpen">Whether <see cref="Dispose"/> leaves <paramref name="writer"/> open.</param>
    public MsgtrkWriter(TextWriter writer, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
        _leaveOpen = leaveOpen;
    }

    /// <summary>Writes UTF-8 without BOM to <paramref name="stream"/>.</summary>
    /// <param name="stream">Where the bytes go.</param>
    /// <param name="leaveOpen">Whether <see cref="Dispose"/> leaves <paramref name="stream"/> open.</param>
    public MsgtrkWriter(Stream stream, bool leaveOpen = false)
        : this(new StreamWriter(stream, Encoding, bufferSize: 65_536, leaveOpen), leaveOpen: false)
    {
    }

    /// <summary>Writes the five header lines.</summary>
    /// <param name="created">The file's creation time (the <c>#Date</c> line), converted to UTC.</param>
    public void WriteHeader(DateTime created)
    {
        _row.Clear();
        AppendHeader(_row, created);
        _writer.Write(_row);
    }

    /// <summary>Writes one row.</summary>
    /// <param name="trackingEvent">The event.</param>
    public void Write(TrackingEvent trackingEvent)
    {
        _row.Clear();
        AppendRow(_row, trackingEvent);
        _writer.Write(_row);
    }

    /// <summary>Flushes the underlying writer.</summary>
    public void Flush() => _writer.Flush();

    /// <inheritdoc />
    public void Dispose()
    {
        _writer.Flush();
        if (!_leaveOpen)
        {
            _writer.Dispose();
        }
    }

    /// <summary>Appends the five header lines, each ended by CRLF.</summary>
    /// <param name="text">Where to append.</param>
    /// <param name="created">The file's creation time (the <c>#Date</c> line), converted to UTC.</param>
    public static void AppendHeader(StringBuilder text, DateTime created)
    {
        ArgumentNullException.ThrowIfNull(text);
        text.Append("#Software: MailWarden").Append(NewLine)
            .Append("#Version: ").Append(SoftwareVersion).Append(NewLine)
            .Append("#Log-type: Message Tracking Log").Append(NewLine)
            .Append("#Date: ").Append(MsgtrkDateTime.ToText(ToUtc(created))).Append(NewLine)
            .Append(MsgtrkDirective.FieldsPrefix).AppendJoin(',', MsgtrkFieldNames.Exchange2016).Append(NewLine);
    }

    /// <summary>Appends one row, ended by CRLF.</summary>
    /// <param name="text">Where to append.</param>
    /// <param name="trackingEvent">The event.</param>
    public static void AppendRow(StringBuilder text, TrackingEvent trackingEvent)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(trackingEvent);
        var e = trackingEvent;
        text.Append(MsgtrkDateTime.ToText(ToUtc(e.Timestamp)));
        AppendValue(text, e.ClientIp);
        AppendValue(text, e.ClientHostname);
        AppendValue(text, e.ServerIp);
        AppendValue(text, e.ServerHostname);
        AppendValue(text, e.SourceContext);
        AppendValue(text, e.ConnectorId);
        AppendValue(text, e.Source);
        AppendValue(text, e.EventId);
        AppendValue(text, e.InternalMessageId);
        AppendValue(text, e.MessageId);
        AppendValue(text, e.NetworkMessageId);
        AppendValue(text, e.RecipientAddress);
        AppendValue(text, e.RecipientStatus);
        text.Append(',').Append(e.TotalBytes?.ToString(CultureInfo.InvariantCulture));
        text.Append(',').Append(e.RecipientCount?.ToString(CultureInfo.InvariantCulture));
        AppendValue(text, e.RelatedRecipientAddress);
        AppendValue(text, e.Reference);
        AppendValue(text, e.MessageSubject);
        AppendValue(text, e.SenderAddress);
        AppendValue(text, e.ReturnPath);
        AppendValue(text, e.MessageInfo);
        AppendValue(text, e.Directionality);
        AppendValue(text, e.TenantId);
        AppendValue(text, e.OriginalClientIp);
        AppendValue(text, e.OriginalServerIp);
        AppendValue(text, e.CustomData);
        AppendValue(text, e.TransportTrafficType);
        AppendValue(text, e.LogId);
        AppendValue(text, e.SchemaVersion);
        text.Append(NewLine);
    }

    private static void AppendValue(StringBuilder text, string? value)
    {
        text.Append(',');
        if (string.IsNullOrEmpty(value))
        {
            return;
        }
        if (value.AsSpan().ContainsAny(NeedsQuotes) || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            text.Append('"');
            foreach (var c in value)
            {
                text.Append(c);
                if (c == '"')
                {
                    text.Append('"');
                }
            }
            text.Append('"');
            return;
        }
        text.Append(value);
    }

    private static DateTime ToUtc(DateTime time) => time.Kind switch
    {
        DateTimeKind.Local => time.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(time, DateTimeKind.Utc),
        _ => time,
    };
}
