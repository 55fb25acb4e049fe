using MailWarden.Core.Tracking;

namespace MailWarden.Tracking.Reading;

/// <summary>Receives what a reader finds, in file order.</summary>
public interface ITrackingLogSink
{
    /// <summary>One event, read from the record that starts on physical line <paramref name="lineNumber"/> (1-based).</summary>
    void OnEvent(TrackingEvent trackingEvent, long lineNumber);

    /// <summary>A record that is malformed in the source: skipped and counted, the rest of the file goes on.</summary>
    void OnRejected(TrackingLogRowError error);

    /// <summary>Something the administrator should fix at the source, e.g. an export whose lists read <c>System.String[]</c>.</summary>
    void OnWarning(string message);
}
