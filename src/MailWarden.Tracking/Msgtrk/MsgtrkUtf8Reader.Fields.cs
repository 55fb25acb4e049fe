namespace MailWarden.Tracking.Msgtrk;

internal sealed partial class MsgtrkUtf8Reader
{
    private enum RecordShape
    {
        /// <summary>Every field is plain or cleanly quoted; the record ends at LF or CRLF.</summary>
        Simple,
        /// <summary>Something the general path must judge: a stray quote or CR, more columns than the map.</summary>
        Unusual,
        /// <summary>The data ends before the record does.</summary>
        Incomplete,
    }

    /// <summary>
    /// Finds the fields of the record at the start of <paramref name="data"/> (<see cref="_starts"/>,
    /// <see cref="_lengths"/>, <see cref="_escaped"/>: content without the enclosing quotes), with vectorised
    /// searches for the next <c>,</c> <c>"</c> CR or LF of an unquoted field and the next quote of a quoted one.
    /// </summary>
    private RecordShape SplitFields(ReadOnlySpan<byte> data, int maxColumns, out int length, out int columns, out int lineBreaks)
    {
        length = columns = lineBreaks = 0;
        EnsureColumns(maxColumns);
        var position = 0;
        for (var column = 0; column < maxColumns; column++)
        {
            int end;
            if (position < data.Length && data[position] == '"')
            {
                var shape = SplitQuoted(data, position, column, out end, ref lineBreaks);
                if (shape != RecordShape.Simple)
                {
                    return shape;
                }
            }
            else
            {
                var hit = data[position..].IndexOfAny(UnquotedFieldEnds);
                if (hit < 0)
                {
                    return RecordShape.Incomplete;
                }
                end = position + hit;
                if (data[end] == '"')
                {
                    return RecordShape.Unusual;
                }
                _starts[column] = position;
                _lengths[column] = hit;
                _escaped[column] = false;
            }
            switch (data[end])
            {
                case (byte)',':
                    position = end + 1;
                    continue;
                case (byte)'\n':
                    length = end + 1;
                    columns = column + 1;
                    return RecordShape.Simple;
                case (byte)'\r':
                    if (end + 1 >= data.Length)
                    {
                        return RecordShape.Incomplete;
                    }
                    if (data[end + 1] != '\n')
                    {
                        return RecordShape.Unusual; // Sep ends a row at a lone CR: let it.
                    }
                    length = end + 2;
                    columns = column + 1;
                    return RecordShape.Simple;
                default:
                    return RecordShape.Unusual;
            }
        }
        return RecordShape.Unusual; // more columns than the map: a rejected row
    }

    /// <summary>Splits the quoted field at <paramref name="position"/>; <paramref name="end"/> is the byte after its closing quote.</summary>
    private RecordShape SplitQuoted(ReadOnlySpan<byte> data, int position, int column, out int end, ref int lineBreaks)
    {
        end = 0;
        var escaped = false;
        var quote = position + 1;
        while (true)
        {
            var hit = data[quote..].IndexOf((byte)'"');
            if (hit < 0)
            {
                return RecordShape.Incomplete;
            }
            quote += hit;
            if (quote + 1 >= data.Length)
            {
                return RecordShape.Incomplete;
            }
            if (data[quote + 1] != '"')
            {
                break;
            }
            escaped = true;
            quote += 2;
        }
        var content = data[(position + 1)..quote];
        lineBreaks += content.Count((byte)'\n');
        _starts[column] = position + 1;
        _lengths[column] = content.Length;
        _escaped[column] = escaped;
        end = quote + 1;
        return RecordShape.Simple;
    }

    private void EnsureColumns(int columns)
    {
        if (_starts.Length < columns)
        {
            _starts = new int[columns];
            _lengths = new int[columns];
            _escaped = new bool[columns];
        }
    }
}
