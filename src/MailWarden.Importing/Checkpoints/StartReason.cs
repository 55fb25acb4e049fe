namespace MailWarden.Importing.Checkpoints;

/// <summary>Why an import of a file starts where it does.</summary>
internal enum StartReason
{
    /// <summary>Never seen: from the start.</summary>
    New,
    /// <summary>Same file, same name: from its checkpoint.</summary>
    Continued,
    /// <summary>Same file (identity and first bytes), new name: from its checkpoint.</summary>
    Renamed,
    /// <summary>A different file now has this name (new identity): from the start.</summary>
    Rotated,
    /// <summary>Same identity, different first bytes (rewritten, or the inode reused): from the start.</summary>
    Replaced,
    /// <summary>Shorter than its checkpoint: from the start.</summary>
    Truncated,
}
