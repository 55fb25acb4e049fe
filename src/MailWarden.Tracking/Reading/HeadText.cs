namespace MailWarden.Tracking.Reading;

/// <summary>The part of a file's head that format detection and the header search look at first.</summary>
internal static class HeadText
{
    // Every header of every format fits (an Exchange header is under 1 KB); a short string to decode per file.
    private const int FirstLook = 4_096;

    /// <summary>
    /// The complete lines (up to and including an LF) within the first few KB of <paramref name="head"/>: decoded,
    /// they read exactly as the same lines of the whole head decoded (LF never occurs inside a UTF-8 sequence), so a
    /// decision they allow is the decision the whole head gives.
    /// </summary>
    public static ReadOnlySpan<byte> FirstLines(ReadOnlySpan<byte> head)
    {
        if (head.Length <= FirstLook)
        {
            return head;
        }
        var lastLineEnd = head[..FirstLook].LastIndexOf((byte)'\n');
        return head[..(lastLineEnd + 1)];
    }
}
