namespace MailWarden.Tracking.Reading;

/// <summary>What one <see cref="TrackingLogReader.Read"/> call did.</summary>
/// <param name="Format">The format the file was read as.</param>
/// <param name="End">Where the next read of the same file starts: just after the last complete record read.</param>
/// <param name="Events">Events passed to <see cref="ITrackingLogSink.OnEvent"/>.</param>
/// <param name="Rejected">Malformed records passed to <see cref="ITrackingLogSink.OnRejected"/>.</param>
public sealed record TrackingLogReadResult(TrackingLogFormat Format, TrackingLogPosition End, long Events, long Rejected);
