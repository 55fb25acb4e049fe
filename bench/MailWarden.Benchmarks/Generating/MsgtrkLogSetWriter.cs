using System.Globalization;
using MailWarden.Tracking.Msgtrk;

namespace MailWarden.Benchmarks.Generating;

/// <summary>
/// Writes generated events into one folder per server, in hourly files per service prefix named as Exchange
/// names them (<c>MSGTRKMS2026112510-1.LOG</c>), rolling over to <c>-2</c>, <c>-3</c>... at Exchange's
/// default 10 MB file size.
/// </summary>
public sealed class MsgtrkLogSetWriter(string folder, long maxFileSize = 10 * 1024 * 1024) : IDisposable
{
    private readonly Dictionary<(string Server, string Prefix), OpenLog> logs = [];

    /// <summary>Bytes written so far, headers included.</summary>
    public long BytesWritten { get; private set; }

    /// <summary>Files started so far.</summary>
    public int FilesWritten { get; private set; }

    /// <summary>Appends one event to its server's log for the event's hour.</summary>
    public void Write(GeneratedEvent generated)
    {
        ArgumentNullException.ThrowIfNull(generated);
        var hour = new DateTime(generated.Event.Timestamp.Ticks / TimeSpan.TicksPerHour * TimeSpan.TicksPerHour, DateTimeKind.Utc);
        var key = (generated.Server.Name, generated.Prefix);
        if (!logs.TryGetValue(key, out var log) || log.Hour < hour || log.Stream.Length >= maxFileSize)
        {
            var sequence = log is not null && log.Hour == hour ? log.Sequence + 1 : 1;
            if (log is not null && log.Hour > hour)
            {
                hour = log.Hour; // a message that started before the hour turned finishes in the file it began in
                sequence = log.Stream.Length >= maxFileSize ? log.Sequence + 1 : log.Sequence;
            }
            if (log is null || log.Hour != hour || log.Sequence != sequence)
            {
                Close(log);
                log = Open(generated.Server.Name, generated.Prefix, hour, sequence);
                logs[key] = log;
            }
        }
        log.Writer.Write(generated.Event);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var log in logs.Values)
        {
            Close(log);
        }
        logs.Clear();
    }

    private OpenLog Open(string server, string prefix, DateTime hour, int sequence)
    {
        var directory = Path.Combine(folder, server);
        Directory.CreateDirectory(directory);
        var name = $"{prefix}{hour.ToString("yyyyMMddHH", CultureInfo.InvariantCulture)}-{sequence}.LOG";
        var stream = new FileStream(Path.Combine(directory, name), FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        var writer = new MsgtrkWriter(stream);
        writer.WriteHeader(hour);
        FilesWritten++;
        return new OpenLog(hour, sequence, stream, writer);
    }

    private void Close(OpenLog? log)
    {
        if (log is null)
        {
            return;
        }
        log.Writer.Flush();
        BytesWritten += log.Stream.Length;
        log.Writer.Dispose();
    }

    private sealed record OpenLog(DateTime Hour, int Sequence, FileStream Stream, MsgtrkWriter Writer);
}
