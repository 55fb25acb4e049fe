namespace MailWarden.Tracking.Reading;

/// <summary>What the first bytes of a file say about it.</summary>
/// <param name="Format">The format; null when the file is not a tracking log or it cannot be told yet.</param>
/// <param name="NeedsMoreData">The file is empty or its header is not completely written yet: try again later.</param>
/// <param name="Reason">Why the file is not a tracking log, when it is not.</param>
/// <param name="IsHeaderless">An MSGTRK file without its <c>#</c> header, read with the Exchange 2016/2019 fields.</param>
internal readonly record struct TrackingLogDetection(TrackingLogFormat? Format, bool NeedsMoreData, string? Reason, bool IsHeaderless)
{
    public static TrackingLogDetection Of(TrackingLogFormat format) => new(format, false, null, false);

    public static TrackingLogDetection NotALog(string reason) => new(null, false, reason, false);

    public static TrackingLogDetection Incomplete { get; } = new(null, true, null, false);
}
