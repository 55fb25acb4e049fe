using MailWarden.Tracking.Reading;

namespace MailWarden.Tracking.Msgtrk;

internal sealed partial class MsgtrkUtf8Reader
{
    /// <summary>
    /// Decodes the split record into a <see cref="MsgtrkRecord"/> and passes it on; false, having passed nothing, when
    /// a value is one the general path must judge (a date-time not in Exchange's shape, a number that is not plain
    /// digits, an empty event-id: all of them rejections or rarities).
    /// </summary>
    private bool TryEmit(ReadOnlySpan<byte> record, MsgtrkColumnMap map, int lineBreaks)
    {
        Array.Clear(_known);
        DateTime timestamp = default;
        long? totalBytes = null;
        int? recipientCount = null;
        var unescapedLength = 0;
        var extras = 0;
        var fields = map.Fields;
        for (var column = 0; column < fields.Length; column++)
        {
            var start = _starts[column];
            var length = _lengths[column];
            var value = record.Slice(start, length);
            if (_escaped[column])
            {
                // Doubled quotes: the value without them goes to a side buffer; a negative start points there.
                value = Unescape(value, ref unescapedLength, out start, out length);
            }
            var field = fields[column];
            switch (field)
            {
                case MsgtrkField.DateTime:
                    if (!MsgtrkDateTime.TryParseExchangeShape(value, out timestamp))
                    {
                        return false;
                    }
                    break;
                case MsgtrkField.TotalBytes:
                    if (!value.IsEmpty)
                    {
                        if (!TryParseDigits(value, long.MaxValue, out var bytes))
                        {
                            return false;
                        }
                        totalBytes = (long)bytes;
                    }
                    break;
                case MsgtrkField.RecipientCount:
                    if (!value.IsEmpty)
                    {
                        if (!TryParseDigits(value, int.MaxValue, out var count))
                        {
                            return false;
                        }
                        recipientCount = (int)count;
                    }
                    break;
                case MsgtrkField.Extra:
                    if (!value.IsEmpty)
                    {
                        AddExtra(ref extras, column, start, length);
                    }
                    break;
                default:
                    _known[(int)field * 2] = start;
                    _known[((int)field * 2) + 1] = length;
                    break;
            }
        }
        if (_known[((int)MsgtrkField.EventId * 2) + 1] == 0)
        {
            return false;
        }
        var line = _handler.NextLine;
        _handler.NextLine += lineBreaks + 1;
        var decoded = new MsgtrkRecord(record, _unescaped.AsSpan(0, unescapedLength), _known, _extras.AsSpan(0, extras * 3),
            map.Names, timestamp, totalBytes, recipientCount);
        _sink.OnRecord(in decoded, line);
        _handler.CountEvent();
        return true;
    }

    private ReadOnlySpan<byte> Unescape(ReadOnlySpan<byte> quoted, scoped ref int used, out int start, out int length)
    {
        if (_unescaped.Length - used < quoted.Length)
        {
            Array.Resize(ref _unescaped, Math.Max(_unescaped.Length * 2, used + quoted.Length));
        }
        var target = _unescaped.AsSpan(used);
        length = 0;
        while (!quoted.IsEmpty)
        {
            var quote = quoted.IndexOf((byte)'"');
            var take = quote < 0 ? quoted.Length : quote + 1;
            quoted[..take].CopyTo(target[length..]);
            length += take;
            // SplitQuoted saw every quote inside the value doubled: keep one, skip the other.
            quoted = quote < 0 ? default : quoted[(quote + 2)..];
        }
        start = ~used;
        used += length;
        return _unescaped.AsSpan(~start, length);
    }

    private void AddExtra(ref int extras, int column, int start, int length)
    {
        if (_extras.Length < (extras + 1) * 3)
        {
            Array.Resize(ref _extras, _extras.Length * 2);
        }
        _extras[extras * 3] = column;
        _extras[(extras * 3) + 1] = start;
        _extras[(extras * 3) + 2] = length;
        extras++;
    }

    /// <summary>Plain ASCII digits up to <paramref name="max"/>; signs, spaces and overflow are left to the general path.</summary>
    private static bool TryParseDigits(ReadOnlySpan<byte> text, ulong max, out ulong value)
    {
        value = 0;
        if (text.Length > 19)
        {
            return false;
        }
        foreach (var b in text)
        {
            var digit = (uint)(b - '0');
            if (digit > 9)
            {
                return false;
            }
            value = (value * 10) + digit;
        }
        return value <= max;
    }
}
