using System.Security.Cryptography;

namespace MailWarden.Importing.Checkpoints;

/// <summary>
/// A hash of a file's first bytes (up to <see cref="MaxLength"/>), which hold the header with its <c>#Date:</c> and
/// the first rows: a file replaced under the same inode, or rewritten in place, no longer matches it.
/// </summary>
/// <param name="Length">How many bytes were hashed (fewer than <see cref="MaxLength"/> while the file is short).</param>
/// <param name="Hash">SHA-256 of those bytes, hex.</param>
public sealed record FileFingerprint(int Length, string Hash)
{
    /// <summary>The most bytes hashed: the header plus a few rows of any tracking log.</summary>
    public const int MaxLength = 4_096;

    /// <summary>Hashes the first <paramref name="length"/> bytes of <paramref name="stream"/>, or fewer if it is shorter.</summary>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static FileFingerprint Compute(Stream stream, int length = MaxLength)
    {
        ArgumentNullException.ThrowIfNull(stream);
        byte[] head = new byte[length];
        stream.Seek(0, SeekOrigin.Begin);
        int read = stream.ReadAtLeast(head, length, throwOnEndOfStream: false);
        return new FileFingerprint(read, Convert.ToHexString(SHA256.HashData(head.AsSpan(0, read))));
    }

    /// <summary>Whether <paramref name="stream"/> still starts with the bytes this fingerprint was taken from.</summary>
    public bool Matches(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return stream.Length >= Length && Compute(stream, Length) == this;
    }
}
