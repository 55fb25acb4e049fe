namespace MailWarden.Tracking.Reading;

/// <summary>
/// A sink that takes MSGTRK rows as UTF-8 field values (<see cref="MsgtrkRecord"/>) instead of
/// <see cref="Core.Tracking.TrackingEvent"/> objects, for <see cref="TrackingLogReader.ReadColumnar"/>. Rows the
/// columnar decoder leaves to the general reader (directives, rejected rows, unusual quoting, invalid UTF-8) still
/// arrive through <see cref="ITrackingLogSink.OnEvent"/> and <see cref="ITrackingLogSink.OnRejected"/>, in file order.
/// </summary>
public interface IMsgtrkRecordSink : ITrackingLogSink
{
    /// <summary>One event, read from the record that starts on physical line <paramref name="lineNumber"/> (1-based).</summary>
    /// <param name="record">The row's values; valid only during the call.</param>
    /// <param name="lineNumber">The line, numbered exactly as <see cref="ITrackingLogSink.OnEvent"/> would be.</param>
    void OnRecord(in MsgtrkRecord record, long lineNumber);
}
