using MailWarden.Core.Tracking;
using MailWarden.Tracking.Reading;

namespace MailWarden.Tracking.Tests.Support;

/// <summary>Keeps everything a reader reports, in order.</summary>
public sealed class RecordingSink : ITrackingLogSink
{
    public List<(TrackingEvent Event, long Line)> Events { get; } = [];
    public List<TrackingLogRowError> Rejected { get; } = [];
    public List<string> Warnings { get; } = [];

    public void OnEvent(TrackingEvent trackingEvent, long lineNumber) => Events.Add((trackingEvent, lineNumber));

    public void OnRejected(TrackingLogRowError error) => Rejected.Add(error);

    public void OnWarning(string message) => Warnings.Add(message);
}
