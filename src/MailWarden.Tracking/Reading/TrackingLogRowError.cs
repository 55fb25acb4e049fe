namespace MailWarden.Tracking.Reading;

/// <summary>A record skipped because it is malformed in the source.</summary>
/// <param name="File">The file's path.</param>
/// <param name="LineNumber">1-based physical line where the record starts.</param>
/// <param name="Field">The field at fault, when one is.</param>
/// <param name="Reason">What is wrong, in words an administrator understands.</param>
public sealed record TrackingLogRowError(string File, long LineNumber, string? Field, string Reason)
{
    /// <inheritdoc />
    public override string ToString() =>
        Field is null ? $"{File}:{LineNumber}: {Reason}" : $"{File}:{LineNumber}: field '{Field}': {Reason}";
}
