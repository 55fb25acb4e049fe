namespace MailWarden.Importing.Store;

/// <summary>Another importer (e.g. <c>mailwarden serve</c>) holds the store's import lock.</summary>
public sealed class StoreLockedException : Exception
{
    /// <summary>Creates the exception for <paramref name="lockFile"/>, naming its holder when known.</summary>
    /// <param name="lockFile">The lock file.</param>
    /// <param name="holder">Who holds it (process id, host, command, since when), when known.</param>
    /// <param name="waited">How long this importer waited.</param>
    public StoreLockedException(string lockFile, string? holder, TimeSpan waited)
        : base($"Another import is running into this store (lock {lockFile}{(holder is null ? string.Empty : $", held by {holder}")}); waited {waited.TotalSeconds:F0} s. Run the import again when it has finished, or stop it.")
    {
        LockFile = lockFile;
        Holder = holder;
    }

    /// <summary>Creates the exception.</summary>
    public StoreLockedException()
        : this(string.Empty, null, TimeSpan.Zero)
    {
    }

    /// <summary>Creates the exception with a free message.</summary>
    /// <param name="message">The message.</param>
    public StoreLockedException(string message)
        : base(message) => LockFile = string.Empty;

    /// <summary>Creates the exception with a free message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public StoreLockedException(string message, Exception innerException)
        : base(message, innerException) => LockFile = string.Empty;

    /// <summary>The lock file.</summary>
    public string LockFile { get; }

    /// <summary>Who holds the lock, when known.</summary>
    public string? Holder { get; }
}
