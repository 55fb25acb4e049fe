namespace MailWarden.Tracking.Reading;

/// <summary>Walks the complete (LF-terminated) lines of a text, without their line end; an unterminated last line is not returned.</summary>
internal struct LineCursor(string text)
{
    private int _position;

    public bool TryNext(out ReadOnlySpan<char> line)
    {
        var rest = text.AsSpan(_position);
        var lf = rest.IndexOf('\n');
        if (lf < 0)
        {
            line = default;
            return false;
        }
        line = rest[..lf].TrimEnd('\r');
        _position += lf + 1;
        return true;
    }
}
