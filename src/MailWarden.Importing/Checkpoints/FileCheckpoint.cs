using MailWarden.Tracking.Reading;

namespace MailWarden.Importing.Checkpoints;

/// <summary>
/// How far one file has been imported: committed in the same transaction as the rows read up to
/// <see cref="Position"/>, so that the store never holds a row twice nor misses one.
/// </summary>
/// <param name="Path">The full path the file had when last read.</param>
/// <param name="Identity">Device and inode: finds the file again after a rename.</param>
/// <param name="Fingerprint">The hash of its first bytes: notices a file replaced or rewritten.</param>
/// <param name="Size">Its size when last read.</param>
/// <param name="Position">Where the next read starts (offset, line number, header in force).</param>
public sealed record FileCheckpoint(string Path, FileIdentity Identity, FileFingerprint Fingerprint, long Size, TrackingLogPosition Position);
