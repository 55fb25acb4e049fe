using MailWarden.Core.Tracking;

namespace MailWarden.Benchmarks.Generating;

/// <summary>One generated log row and the log it belongs in: server and service prefix (MSGTRK, MSGTRKMS, MSGTRKMD).</summary>
public sealed record GeneratedEvent(Server Server, string Prefix, TrackingEvent Event);
