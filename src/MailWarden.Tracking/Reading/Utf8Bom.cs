namespace MailWarden.Tracking.Reading;

/// <summary>The UTF-8 byte order mark that Windows tools (and the Exchange 2010 sample) put before the first line.</summary>
internal static class Utf8Bom
{
    public static ReadOnlySpan<byte> Bytes => [0xEF, 0xBB, 0xBF];

    public static ReadOnlySpan<byte> Skip(ReadOnlySpan<byte> head) => head.StartsWith(Bytes) ? head[Bytes.Length..] : head;
}
