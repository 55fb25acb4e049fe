namespace MailWarden.Tracking.Reading;

/// <summary>
/// A file handed to <see cref="TrackingLogReader"/> is not a message tracking log of any known format
/// (e.g. an SMTP protocol log, or a file copied into the log folder by mistake). Nothing of it was read.
/// </summary>
public sealed class NotATrackingLogException : Exception
{
    /// <summary>Creates the exception with a message of the form "<c>path</c> is not a message tracking log: <c>reason</c>".</summary>
    /// <param name="path">The refused file.</param>
    /// <param name="reason">Why it was refused, e.g. "its #Log-type is 'SMTP Receive Protocol Log'".</param>
    public NotATrackingLogException(string path, string reason)
        : base($"{path} is not a message tracking log: {reason}")
    {
        Path = path;
        Reason = reason;
    }

    /// <summary>Creates the exception with a free message.</summary>
    public NotATrackingLogException()
        : this(string.Empty, "unknown reason")
    {
    }

    /// <summary>Creates the exception with a free message.</summary>
    /// <param name="message">The message.</param>
    public NotATrackingLogException(string message)
        : base(message)
    {
        Path = string.Empty;
        Reason = message;
    }

    /// <summary>Creates the exception with a free message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public NotATrackingLogException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = string.Empty;
        Reason = message;
    }

    /// <summary>The refused file.</summary>
    public string Path { get; }

    /// <summary>Why the file was refused.</summary>
    public string Reason { get; }
}
