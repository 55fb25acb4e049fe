using MailWarden.Tracking.Reading;

namespace MailWarden.Importing.Checkpoints;

/// <summary>Where to start reading a file, why, and the path its checkpoint had.</summary>
internal sealed record StartDecision(TrackingLogPosition From, StartReason Reason, string? PreviousPath);
