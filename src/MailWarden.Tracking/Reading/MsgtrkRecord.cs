using MailWarden.Core.Tracking;

namespace MailWarden.Tracking.Reading;

/// <summary>
/// One MSGTRK row decoded without strings: the values of its known fields as unquoted UTF-8 bytes, its parsed
/// date-time and numbers, and its unknown fields. Equal, value for value, to the <see cref="TrackingEvent"/>
/// <see cref="TrackingLogReader.Read"/> makes of the same row: an empty span is a null property. Valid only
/// during <see cref="IMsgtrkRecordSink.OnRecord"/>.
/// </summary>
public readonly ref struct MsgtrkRecord
{
    private readonly ReadOnlySpan<byte> _record;
    private readonly ReadOnlySpan<byte> _unescaped;
    private readonly ReadOnlySpan<int> _known;
    private readonly ReadOnlySpan<int> _extras;
    private readonly IReadOnlyList<string> _names;

    internal MsgtrkRecord(
        ReadOnlySpan<byte> record, ReadOnlySpan<byte> unescaped, ReadOnlySpan<int> known, ReadOnlySpan<int> extras,
        IReadOnlyList<string> names, DateTime timestamp, long? totalBytes, int? recipientCount)
    {
        _record = record;
        _unescaped = unescaped;
        _known = known;
        _extras = extras;
        _names = names;
        Timestamp = timestamp;
        TotalBytes = totalBytes;
        RecipientCount = recipientCount;
    }

    /// <summary><c>date-time</c>, in UTC.</summary>
    public DateTime Timestamp { get; }

    /// <summary><c>total-bytes</c>, null when empty or absent.</summary>
    public long? TotalBytes { get; }

    /// <summary><c>recipient-count</c>, null when empty or absent.</summary>
    public int? RecipientCount { get; }

    /// <summary>The number of unknown fields with a non-empty value (<see cref="TrackingEvent.ExtraFields"/>).</summary>
    public int ExtraFieldCount => _extras.Length / 3;

    /// <summary>The UTF-8 value of a known text field; empty when the field is empty or not in the <c>#Fields</c> line.</summary>
    /// <param name="fieldIndex">The field's index in <see cref="MsgtrkFieldNames.Exchange2016"/>.</param>
    /// <returns>The unquoted value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fieldIndex"/> is not an index of that list.</exception>
    public ReadOnlySpan<byte> Field(int fieldIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fieldIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(fieldIndex, _known.Length / 2);
        return Slice(_known[fieldIndex * 2], _known[(fieldIndex * 2) + 1]);
    }

    /// <summary>The name of unknown field <paramref name="index"/>, as the <c>#Fields</c> line writes it.</summary>
    /// <param name="index">0 to <see cref="ExtraFieldCount"/> - 1, in logged order.</param>
    /// <returns>The name.</returns>
    public string ExtraFieldName(int index) => _names[_extras[index * 3]];

    /// <summary>The UTF-8 value of unknown field <paramref name="index"/> (never empty).</summary>
    /// <param name="index">0 to <see cref="ExtraFieldCount"/> - 1, in logged order.</param>
    /// <returns>The unquoted value.</returns>
    public ReadOnlySpan<byte> ExtraFieldValue(int index) => Slice(_extras[(index * 3) + 1], _extras[(index * 3) + 2]);

    // A negative start points into the buffer of unescaped values (fields that held doubled quotes).
    private ReadOnlySpan<byte> Slice(int start, int length) =>
        length == 0 ? default : start >= 0 ? _record.Slice(start, length) : _unescaped.Slice(~start, length);
}
