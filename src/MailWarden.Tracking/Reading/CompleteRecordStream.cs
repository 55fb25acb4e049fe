namespace MailWarden.Tracking.Reading;

/// <summary>
/// A read-only view of a file from a start offset that yields only complete records: bytes up to the last LF
/// outside double quotes. A trailing record Exchange is still writing stays unread, so that the next read
/// starts at it (<see cref="ReleasedOffset"/>). A record longer than <c>MsgtrkLimits.MaxRecordLength</c> is
/// replaced by <see cref="OverlongMarker"/> up to the end of its first physical line, so the parser sees a
/// short line it reports as rejected at the right line number, and reading resumes at the next physical line.
/// </summary>
internal sealed class CompleteRecordStream : Stream
{
    private const int ReadSize = 65_536;

    private readonly Stream _source;
    private readonly int _maxRecordLength;
    private byte[] _buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(ReadSize * 2);
    private int _given;      // bytes handed to the parser
    private int _released;   // end of the last complete record
    private int _scanned;    // how far the framing scan got
    private int _filled;     // bytes in the buffer
    private long _scanFileOffset;
    private long _pendingLines;
    private bool _inQuotes;
    private bool _discardingLine;
    private bool _sourceEnded;

    private readonly byte _quote;

    /// <param name="source">The file.</param>
    /// <param name="startOffset">Where to start reading.</param>
    /// <param name="maxRecordLength">Longest record, in bytes.</param>
    /// <param name="quotedValues">Whether double quotes group line breaks into a value (CSV); false for formats without quoting.</param>
    public CompleteRecordStream(Stream source, long startOffset, int maxRecordLength, bool quotedValues = true)
    {
        _quote = quotedValues ? (byte)'"' : (byte)'\n';
        _source = source;
        _maxRecordLength = maxRecordLength;
        _source.Seek(startOffset, SeekOrigin.Begin);
        _scanFileOffset = startOffset;
        ReleasedOffset = startOffset;
    }

    /// <summary>What a too-long record is replaced with: a directive-like line no log contains.</summary>
    public const string OverlongMarkerText = "#\u0001";

    /// <summary><see cref="OverlongMarkerText"/> in UTF-8.</summary>
    public static ReadOnlySpan<byte> OverlongMarker => "#\u0001"u8;

    /// <summary>The file offset just after the last complete record seen.</summary>
    public long ReleasedOffset { get; private set; }

    /// <summary>Line ends (LF) between the start offset and <see cref="ReleasedOffset"/>.</summary>
    public long ReleasedLines { get; private set; }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> destination)
    {
        while (_given == _released)
        {
            if (_sourceEnded)
            {
                return 0;
            }
            Fill();
        }
        var count = Math.Min(destination.Length, _released - _given);
        _buffer.AsSpan(_given, count).CopyTo(destination);
        _given += count;
        return count;
    }

    private void Fill()
    {
        if (_given > 0)
        {
            _buffer.AsSpan(_given, _filled - _given).CopyTo(_buffer);
            _released -= _given;
            _scanned -= _given;
            _filled -= _given;
            _given = 0;
        }
        if (_buffer.Length - _filled < ReadSize)
        {
            var larger = System.Buffers.ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(0, _filled).CopyTo(larger);
            System.Buffers.ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
        var read = _source.Read(_buffer, _filled, _buffer.Length - _filled);
        if (read == 0)
        {
            _sourceEnded = true;
            return;
        }
        _filled += read;
        Scan();
    }

    private void Scan()
    {
        while (_scanned < _filled)
        {
            if (_discardingLine)
            {
                DiscardToLineEnd();
                continue;
            }
            var rest = _buffer.AsSpan(_scanned, _filled - _scanned);
            var hit = rest.IndexOfAny(_quote, (byte)'\n');
            if (hit < 0)
            {
                _scanFileOffset += rest.Length;
                _scanned = _filled;
                break;
            }
            _scanned += hit + 1;
            _scanFileOffset += hit + 1;
            if (rest[hit] == '"' && _quote == '"')
            {
                // A doubled quote inside a quoted value toggles twice, so counting parity is enough.
                _inQuotes = !_inQuotes;
            }
            else
            {
                _pendingLines++;
                if (!_inQuotes)
                {
                    if (_scanned - _released > _maxRecordLength)
                    {
                        CutOverlongRecord();
                    }
                    else
                    {
                        Release();
                    }
                }
            }
        }
        if (!_discardingLine && _scanned - _released > _maxRecordLength)
        {
            // An unfinished record already over the limit: cut it now rather than buffer it whole.
            CutOverlongRecord();
            if (!_discardingLine)
            {
                Scan();
            }
        }
    }

    private void Release()
    {
        _released = _scanned;
        ReleasedOffset = _scanFileOffset;
        ReleasedLines += _pendingLines;
        _pendingLines = 0;
    }

    private void CutOverlongRecord()
    {
        // Resynchronise at the record's first physical line end: with an unbalanced quote that is where the
        // writer meant the record to end; with a genuinely huge record the lines after it are rejected one by one.
        var marker = OverlongMarker;
        var lineEnd = _buffer.AsSpan(_released, _scanned - _released).IndexOf((byte)'\n');
        marker.CopyTo(_buffer.AsSpan(_released));
        _inQuotes = false;
        _pendingLines = 0;
        if (lineEnd < 0)
        {
            _scanned = _filled = _released + marker.Length;
            _discardingLine = true;
            return;
        }
        var lineEndIndex = _released + lineEnd;
        _scanFileOffset = ReleasedOffset + lineEnd;
        var tail = _filled - lineEndIndex;
        _buffer.AsSpan(lineEndIndex, tail).CopyTo(_buffer.AsSpan(_released + marker.Length));
        _scanned = _released + marker.Length;
        _filled = _scanned + tail;
    }

    private void DiscardToLineEnd()
    {
        var rest = _buffer.AsSpan(_scanned, _filled - _scanned);
        var lineEnd = rest.IndexOf((byte)'\n');
        if (lineEnd < 0)
        {
            _scanFileOffset += rest.Length;
            _filled = _scanned;
            return;
        }
        _scanFileOffset += lineEnd;
        rest[lineEnd..].CopyTo(_buffer.AsSpan(_scanned));
        _filled -= lineEnd;
        _discardingLine = false;
    }

    public override void Flush()
    {
    }

    /// <summary>Returns the buffer to the pool: an import reads thousands of small files.</summary>
    protected override void Dispose(bool disposing)
    {
        if (disposing && _buffer.Length > 0)
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
        base.Dispose(disposing);
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
