namespace MailWarden.Importing.Checkpoints;

/// <summary>
/// What makes a file the same file whatever its name: the device and inode number on Linux. A renamed file keeps
/// it; a file rotated into the same name gets a new one.
/// </summary>
/// <param name="Device">The device number (major and minor combined).</param>
/// <param name="Inode">The inode number.</param>
public readonly record struct FileIdentity(long Device, long Inode)
{
    /// <inheritdoc />
    public override string ToString() => $"{Device}:{Inode}";
}
