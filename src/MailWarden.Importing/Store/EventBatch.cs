using System.Buffers;
using System.Text.Json;
using MailWarden.Core.Tracking;
using MailWarden.Tracking.Reading;

namespace MailWarden.Importing.Store;

/// <summary>
/// Events collected column by column until they are committed as one partition. Memory grows with the rows added,
/// so the importer commits and <see cref="Clear"/>s it every <see cref="ImportOptions.BatchRows"/> rows.
/// </summary>
public sealed class EventBatch
{
    private static readonly int EventIdIndex = EventSchema.TextFields.ToList().FindIndex(f => f.Column == EventColumns.EventId);

    // The MSGTRK field (index in MsgtrkFieldNames.Exchange2016) of each text column, for rows decoded from UTF-8.
    private static readonly int[] TextFieldIndexes = [.. EventSchema.TextFields.Select(f => IndexOfField(f.Column.Replace('_', '-')))];
    private static readonly int MessageIdField = IndexOfField(MsgtrkFieldNames.MessageId);
    private static readonly int InternalMessageIdField = IndexOfField(MsgtrkFieldNames.InternalMessageId);
    private static readonly int ServerHostnameField = IndexOfField(MsgtrkFieldNames.ServerHostname);
    private static readonly int RecipientAddressField = IndexOfField(MsgtrkFieldNames.RecipientAddress);

    private readonly ArrayBufferWriter<byte> _json = new();
    private readonly ArrayBufferWriter<byte> _messageKey = new();
    private readonly ArrayBufferWriter<byte> _recipientKey = new();
    private byte[] _recipientUtf8 = [];
    private byte[] _messageKeyUtf8 = [];
    private string? _sourceFile;
    private byte[] _sourceFileUtf8 = [];
    private readonly NumericColumnBuilder<long> _timestamps;
    private readonly TextColumnBuilder[] _texts;
    private readonly NumericColumnBuilder<long> _totalBytes;
    private readonly NumericColumnBuilder<int> _recipientCounts;
    private readonly TextColumnBuilder _extraFields;
    private readonly TextColumnBuilder _messageKeys;
    private readonly TextColumnBuilder _sourceFiles;
    private readonly NumericColumnBuilder<long> _sourceLines;
    private readonly TextColumnBuilder _recipientKeys;
    private readonly NumericColumnBuilder<long> _messageHashHighs;
    private readonly NumericColumnBuilder<long> _messageHashLows;

    /// <summary>Creates an empty batch sized for <paramref name="capacity"/> rows (it grows past that if needed).</summary>
    /// <param name="capacity">Rows to reserve room for.</param>
    public EventBatch(int capacity = 1_024)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _timestamps = new(capacity);
        _texts = [.. EventSchema.TextFields.Select(_ => new TextColumnBuilder(capacity))];
        _totalBytes = new(capacity);
        _recipientCounts = new(capacity);
        _extraFields = new(capacity);
        _messageKeys = new(capacity);
        _sourceFiles = new(capacity);
        _sourceLines = new(capacity);
        _recipientKeys = new(capacity);
        _messageHashHighs = new(capacity);
        _messageHashLows = new(capacity);
    }

    /// <summary>The number of rows added since the last <see cref="Clear"/>.</summary>
    public int Count => _timestamps.Count;

    /// <summary>Adds one event read from line <paramref name="sourceLine"/> of <paramref name="sourceFile"/>.</summary>
    /// <param name="trackingEvent">The event.</param>
    /// <param name="sourceFile">The full path of the file it was read from.</param>
    /// <param name="sourceLine">The 1-based line where its record starts.</param>
    public void Add(TrackingEvent trackingEvent, string sourceFile, long sourceLine)
    {
        ArgumentNullException.ThrowIfNull(trackingEvent);
        ArgumentNullException.ThrowIfNull(sourceFile);
        _timestamps.Append(ToUnixMicroseconds(trackingEvent.Timestamp));
        var fields = EventSchema.TextFields;
        for (int i = 0; i < _texts.Length; i++)
        {
            string? value = fields[i].Value(trackingEvent);
            // event_id is NOT NULL in the relation (the model requires it); every other empty field is NULL.
            _texts[i].Append(i == EventIdIndex ? value ?? string.Empty : NullIfEmpty(value));
        }
        _totalBytes.Append(trackingEvent.TotalBytes);
        _recipientCounts.Append(trackingEvent.RecipientCount);
        _extraFields.Append(trackingEvent.ExtraFields.Count == 0 ? null : ToJson(trackingEvent.ExtraFields));
        _messageKeys.Append(trackingEvent.MessageKey);
        _sourceFiles.Append(sourceFile);
        _sourceLines.Append(sourceLine);
        AppendRecipientKeys(Utf8(trackingEvent.RecipientAddress, ref _recipientUtf8));
        AppendMessageHash(Utf8(trackingEvent.MessageKey, ref _messageKeyUtf8));
    }

    /// <summary>
    /// Adds one MSGTRK row decoded from UTF-8, storing exactly what <see cref="Add(TrackingEvent, string, long)"/>
    /// stores for the <see cref="TrackingEvent"/> the general reader makes of the same row, without making it.
    /// </summary>
    /// <param name="record">The row.</param>
    /// <param name="sourceFile">The full path of the file it was read from.</param>
    /// <param name="sourceLine">The 1-based line where its record starts.</param>
    public void Add(in MsgtrkRecord record, string sourceFile, long sourceLine)
    {
        ArgumentNullException.ThrowIfNull(sourceFile);
        _timestamps.Append(ToUnixMicroseconds(record.Timestamp));
        for (int i = 0; i < _texts.Length; i++)
        {
            var value = record.Field(TextFieldIndexes[i]);
            // event_id is never empty here: the reader leaves such a row to the general path, which rejects it.
            if (value.IsEmpty)
            {
                _texts[i].AppendNull();
            }
            else
            {
                _texts[i].Append(value);
            }
        }
        _totalBytes.Append(record.TotalBytes);
        _recipientCounts.Append(record.RecipientCount);
        if (record.ExtraFieldCount == 0)
        {
            _extraFields.AppendNull();
        }
        else
        {
            _extraFields.Append(ToJson(record));
        }
        var messageKey = MessageKey(record);
        _messageKeys.Append(messageKey);
        AppendMessageHash(messageKey);
        _sourceFiles.Append(SourceFileUtf8(sourceFile));
        _sourceLines.Append(sourceLine);
        AppendRecipientKeys(record.Field(RecipientAddressField));
    }

    /// <summary>Removes every row, keeping the memory for the next batch.</summary>
    public void Clear()
    {
        _timestamps.Clear();
        foreach (var text in _texts)
        {
            text.Clear();
        }
        _totalBytes.Clear();
        _recipientCounts.Clear();
        _extraFields.Clear();
        _messageKeys.Clear();
        _sourceFiles.Clear();
        _sourceLines.Clear();
        _recipientKeys.Clear();
        _messageHashHighs.Clear();
        _messageHashLows.Clear();
    }

    /// <summary>Drops the rows from <paramref name="count"/> on: what a file added before it failed midway.</summary>
    internal void TruncateTo(int count)
    {
        _timestamps.TruncateTo(count);
        foreach (var text in _texts)
        {
            text.TruncateTo(count);
        }
        _totalBytes.TruncateTo(count);
        _recipientCounts.TruncateTo(count);
        _extraFields.TruncateTo(count);
        _messageKeys.TruncateTo(count);
        _sourceFiles.TruncateTo(count);
        _sourceLines.TruncateTo(count);
        _recipientKeys.TruncateTo(count);
        _messageHashHighs.TruncateTo(count);
        _messageHashLows.TruncateTo(count);
    }

    /// <summary><c>date_time</c> of each row as microseconds since 1970-01-01 UTC.</summary>
    internal ReadOnlySpan<long> Timestamps => _timestamps.Values;

    /// <summary>The builder of the text column at <paramref name="index"/> in <see cref="EventSchema.TextFields"/>.</summary>
    internal TextColumnBuilder Text(int index) => _texts[index];

    internal NumericColumnBuilder<long> TotalBytes => _totalBytes;

    internal NumericColumnBuilder<int> RecipientCounts => _recipientCounts;

    internal TextColumnBuilder ExtraFields => _extraFields;

    internal TextColumnBuilder MessageKeys => _messageKeys;

    internal TextColumnBuilder SourceFiles => _sourceFiles;

    internal NumericColumnBuilder<long> SourceLines => _sourceLines;

    internal TextColumnBuilder RecipientKeys => _recipientKeys;

    internal NumericColumnBuilder<long> MessageHashHighs => _messageHashHighs;

    internal NumericColumnBuilder<long> MessageHashLows => _messageHashLows;

    internal static long ToUnixMicroseconds(DateTime utc) => (utc.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMicrosecond;

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static int IndexOfField(string name)
    {
        for (int i = 0; i < MsgtrkFieldNames.Exchange2016.Count; i++)
        {
            if (MsgtrkFieldNames.Exchange2016[i] == name)
            {
                return i;
            }
        }
        throw new InvalidOperationException($"The column '{name}' is not an MSGTRK field.");
    }

    /// <summary>TrackingEvent.MessageKey from the UTF-8 values: message-id, else internal-message-id@server-hostname.</summary>
    private ReadOnlySpan<byte> MessageKey(in MsgtrkRecord record)
    {
        var messageId = record.Field(MessageIdField);
        if (!messageId.IsEmpty)
        {
            return messageId;
        }
        _messageKey.ResetWrittenCount();
        _messageKey.Write(record.Field(InternalMessageIdField));
        _messageKey.Write("@"u8);
        _messageKey.Write(record.Field(ServerHostnameField));
        return _messageKey.WrittenSpan;
    }

    private void AppendMessageHash(ReadOnlySpan<byte> messageKey)
    {
        var hash = System.IO.Hashing.XxHash128.HashToUInt128(messageKey);
        _messageHashHighs.Append(unchecked((long)(ulong)(hash >> 64)));
        _messageHashLows.Append(unchecked((long)(ulong)hash));
    }

    private void AppendRecipientKeys(ReadOnlySpan<byte> recipientAddress)
    {
        if (Store.RecipientKeys.TryWrite(recipientAddress, _recipientKey))
        {
            _recipientKeys.Append(_recipientKey.WrittenSpan);
        }
        else
        {
            _recipientKeys.AppendNull();
        }
    }

    // The UTF-8 of a value in a buffer kept for the next row: the derived columns are computed from the bytes, as on the MSGTRK path.
    private static ReadOnlySpan<byte> Utf8(string? value, ref byte[] buffer)
    {
        if (string.IsNullOrEmpty(value))
        {
            return default;
        }
        int max = System.Text.Encoding.UTF8.GetMaxByteCount(value.Length);
        if (buffer.Length < max)
        {
            buffer = new byte[Math.Max(max, buffer.Length * 2)];
        }
        return buffer.AsSpan(0, System.Text.Encoding.UTF8.GetBytes(value, buffer));
    }

    private ReadOnlySpan<byte> SourceFileUtf8(string sourceFile)
    {
        // A file's rows arrive together: encode its path once, not per row.
        if (!ReferenceEquals(sourceFile, _sourceFile))
        {
            _sourceFileUtf8 = System.Text.Encoding.UTF8.GetBytes(sourceFile);
            _sourceFile = sourceFile;
        }
        return _sourceFileUtf8;
    }

    private ReadOnlySpan<byte> ToJson(in MsgtrkRecord record)
    {
        // The same writer calls as for a TrackingEvent's ExtraFields, so the same JSON text.
        _json.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_json))
        {
            writer.WriteStartObject();
            for (int i = 0; i < record.ExtraFieldCount; i++)
            {
                writer.WriteString(record.ExtraFieldName(i), record.ExtraFieldValue(i));
            }
            writer.WriteEndObject();
        }
        return _json.WrittenSpan;
    }

    private string ToJson(IReadOnlyList<KeyValuePair<string, string>> fields)
    {
        // Written by hand rather than serialising a dictionary: the logged order is kept and a repeated name is kept too.
        _json.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_json))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in fields)
            {
                writer.WriteString(name, value);
            }
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(_json.WrittenSpan);
    }
}
