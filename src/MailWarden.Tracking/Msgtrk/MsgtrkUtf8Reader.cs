using System.Buffers;
using System.Text;
using System.Text.Unicode;
using MailWarden.Core.Tracking;
using MailWarden.Tracking.Reading;

namespace MailWarden.Tracking.Msgtrk;

/// <summary>
/// Reads an MSGTRK file like <see cref="MsgtrkReader"/> but decodes the common row itself, from the UTF-8 bytes,
/// into a <see cref="MsgtrkRecord"/>: no UTF-16 strings, no <see cref="TrackingEvent"/>. A row qualifies when it is
/// valid UTF-8, has the column count of the <c>#Fields</c> line, and every field is either unquoted without quotes
/// or CR, or quoted RFC 4180 style (doubled quotes, quoted line breaks) and followed by a comma or the line end;
/// its date-time has Exchange's shape and its numbers are plain digits. Every other record (directives, blank
/// lines, rows that would be rejected, unusual quoting, stray CRs, invalid UTF-8) goes to
/// <see cref="MsgtrkRowHandler"/> through Sep, record by record, so both readers give the same events, rejections,
/// line numbers and end position by construction.
/// </summary>
internal sealed partial class MsgtrkUtf8Reader
{
    private const int InitialBufferSize = 256 * 1024;

    private static readonly SearchValues<byte> UnquotedFieldEnds = SearchValues.Create(",\"\r\n"u8);

    private readonly string _path;
    private readonly IMsgtrkRecordSink _sink;
    private readonly MsgtrkRowHandler _handler;
    private readonly int[] _known = new int[MsgtrkFieldNames.Exchange2016.Count * 2];
    private byte[] _buffer = [];
    private byte[] _unescaped = new byte[4_096];
    private int[] _starts = new int[64];
    private int[] _lengths = new int[64];
    private bool[] _escaped = new bool[64];
    private int[] _extras = new int[16];

    private MsgtrkUtf8Reader(string path, MsgtrkColumnMap? map, IMsgtrkRecordSink sink, MsgtrkLimits limits, long linesBefore)
    {
        _path = path;
        _sink = sink;
        _handler = new MsgtrkRowHandler(path, map, sink, limits, linesBefore);
    }

    public static TrackingLogReadResult Read(
        string path, Stream stream, TrackingLogPosition from, MsgtrkColumnMap? map, IMsgtrkRecordSink sink,
        MsgtrkLimits limits, CancellationToken cancellationToken)
    {
        var start = from.Offset == 0 ? Utf8Bom.LengthAtStart(stream) : from.Offset;
        if (StartsWithByteOrderMark(stream, start))
        {
            // Sep's text decoder would honour a byte order mark where the read starts (a UTF-16 one even switches
            // the encoding): leave such a read to the general path rather than imitate that.
            return MsgtrkReader.Read(path, stream, from, map, sink, limits, cancellationToken);
        }
        using var records = new CompleteRecordStream(stream, start, limits.MaxRecordLength);
        var reader = new MsgtrkUtf8Reader(path, map, sink, limits, from.LineNumber);
        // Pooled: an import opens thousands of small files, and a fresh buffer per file is garbage for the GC.
        reader._buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
        try
        {
            reader.ReadRecords(records, cancellationToken);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(reader._buffer);
        }
        var handler = reader._handler;
        var end = new TrackingLogPosition(records.ReleasedOffset, from.LineNumber + records.ReleasedLines, handler.Map?.HeaderLine);
        return new TrackingLogReadResult(TrackingLogFormat.Msgtrk, end, handler.Events, handler.Rejected);
    }

    private static bool StartsWithByteOrderMark(Stream stream, long start)
    {
        Span<byte> head = stackalloc byte[4];
        stream.Seek(start, SeekOrigin.Begin);
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];
        return head.StartsWith(Utf8Bom.Bytes) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
            || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]);
    }

    private void ReadRecords(CompleteRecordStream records, CancellationToken cancellationToken)
    {
        int filled = 0, position = 0;
        long count = 0;
        bool ended = false;
        while (true)
        {
            while (position < filled)
            {
                var consumed = ReadRecord(_buffer.AsSpan(position, filled - position), ended);
                if (consumed == 0)
                {
                    break;
                }
                position += consumed;
                if ((++count & 0x3FF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
            if (ended)
            {
                return;
            }
            _buffer.AsSpan(position, filled - position).CopyTo(_buffer);
            filled -= position;
            position = 0;
            if (filled == _buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
                _buffer.AsSpan(0, filled).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = larger;
            }
            var read = records.Read(_buffer.AsSpan(filled));
            ended = read == 0;
            filled += read;
        }
    }

    /// <summary>Reads the record at the start of <paramref name="data"/>; returns its length, 0 when it is not complete yet.</summary>
    private int ReadRecord(ReadOnlySpan<byte> data, bool isLast)
    {
        var map = _handler.Map;
        var first = data[0];
        if (first == '#' && TryReadDirective(data, out var directiveLength))
        {
            return directiveLength;
        }
        if (map is null || first is (byte)'#' or (byte)'\n' or (byte)'\r')
        {
            return ReadByHandler(data, isLast);
        }
        var shape = SplitFields(data, map.Count, out var length, out var columns, out var lineBreaks);
        if (shape == RecordShape.Incomplete && !isLast)
        {
            return 0;
        }
        if (shape != RecordShape.Simple || columns != map.Count || !Utf8.IsValid(data[..length]) || !TryEmit(data[..length], map, lineBreaks))
        {
            return ReadByHandler(data, isLast);
        }
        return length;
    }

    /// <summary>Passes one record (found by quote parity, as <see cref="CompleteRecordStream"/> frames it) to the general path.</summary>
    private int ReadByHandler(ReadOnlySpan<byte> data, bool isLast)
    {
        var length = RecordLength(data);
        if (length == 0)
        {
            if (!isLast)
            {
                return 0;
            }
            length = data.Length;
        }
        // Decoded here rather than given to Sep as a stream: its stream decoder would take a record that starts with
        // byte order mark bytes for a BOM, where within the file's stream they are text (U+FEFF or U+FFFD).
        using var reader = MsgtrkReader.NewSepReader(Encoding.UTF8.GetString(data[..length]));
        foreach (var row in reader)
        {
            _handler.Handle(row);
        }
        return length;
    }

    /// <summary>
    /// Applies a one-line <c>#</c> directive without quotes or stray CRs, which Sep would yield as one row of exactly
    /// that text; any other <c>#</c> record goes through Sep. Saves a Sep reader per file for the header lines.
    /// </summary>
    private bool TryReadDirective(ReadOnlySpan<byte> data, out int length)
    {
        length = 0;
        var lineFeed = data.IndexOf((byte)'\n');
        if (lineFeed < 0)
        {
            return false;
        }
        var text = data[..lineFeed];
        if (!text.IsEmpty && text[^1] == '\r')
        {
            text = text[..^1];
        }
        if (text.IndexOfAny((byte)'"', (byte)'\r') >= 0 || text.Length > 4_096 || !Utf8.IsValid(text))
        {
            return false;
        }
        Span<char> chars = stackalloc char[text.Length];
        _handler.HandleDirective(chars[..Encoding.UTF8.GetChars(text, chars)]);
        length = lineFeed + 1;
        return true;
    }

    private static int RecordLength(ReadOnlySpan<byte> data)
    {
        var inQuotes = false;
        var position = 0;
        while (true)
        {
            var hit = data[position..].IndexOfAny((byte)'"', (byte)'\n');
            if (hit < 0)
            {
                return 0;
            }
            position += hit + 1;
            if (data[position - 1] == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes)
            {
                return position;
            }
        }
    }
}
