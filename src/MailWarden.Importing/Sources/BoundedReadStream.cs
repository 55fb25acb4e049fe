namespace MailWarden.Importing.Sources;

/// <summary>
/// A read-only view of a file that ends at <see cref="Length"/>: the reader treats a record cut there as
/// half-written and stops before it, so a huge file is imported in windows, each committed with its checkpoint.
/// </summary>
internal sealed class BoundedReadStream(Stream inner, long length) : Stream
{
    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => false;
    public override long Length { get; } = length;

    public override long Position
    {
        get => inner.Position;
        set => inner.Position = value;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        long remaining = Length - inner.Position;
        return remaining <= 0 ? 0 : inner.Read(buffer[..(int)Math.Min(buffer.Length, remaining)]);
    }

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
