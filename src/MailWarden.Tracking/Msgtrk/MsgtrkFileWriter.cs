using System.Globalization;
using System.Text;
using MailWarden.Core.Tracking;

namespace MailWarden.Tracking.Msgtrk;

/// <summary>
/// Appends events to hourly MSGTRK files <c>MSGTRK&lt;prefix&gt;yyyyMMddHH-N.LOG</c> in a folder, the way Exchange
/// names and rolls its tracking logs: a header starts each new file; each call's rows are formatted first and
/// written and flushed in one write, so a reader sees whole rows or a half-written last line it waits for;
/// past <see cref="MsgtrkFileWriterOptions.MaxFileSize"/> the next file of the hour (<c>-N+1</c>) is started.
/// Thread-safe: calls are serialised.
/// </summary>
public sealed class MsgtrkFileWriter : IAsyncDisposable, IDisposable
{
    private readonly MsgtrkFileWriterOptions _options;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly StringBuilder _text = new();
    private FileStream? _file;
    private string? _fileHour;
    private int _fileNumber;
    private bool _disposed;

    /// <summary>Creates the writer; no file is opened before the first write.</summary>
    /// <param name="options">Folder, prefix and size limit.</param>
    /// <param name="timeProvider">The clock that names files by hour; <see cref="TimeProvider.System"/> when null.</param>
    /// <exception cref="ArgumentException">The prefix has other characters than ASCII letters, or the size limit is not positive.</exception>
    public MsgtrkFileWriter(MsgtrkFileWriterOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(options.Folder, nameof(options));
        if (!options.Prefix.All(char.IsAsciiLetter))
        {
            throw new ArgumentException($"The MSGTRK file prefix '{options.Prefix}' may hold ASCII letters only.", nameof(options));
        }
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxFileSize, nameof(options));
        _options = options;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The file written last, or null before the first write.</summary>
    public string? CurrentPath => _file?.Name;

    /// <summary>Appends one event and flushes it.</summary>
    /// <param name="trackingEvent">The event.</param>
    /// <param name="cancellationToken">Cancels waiting for another writer and the write.</param>
    /// <exception cref="IOException">The file could not be written.</exception>
    /// <exception cref="ObjectDisposedException">The writer was disposed.</exception>
    public Task WriteAsync(TrackingEvent trackingEvent, CancellationToken cancellationToken = default) =>
        WriteAsync([trackingEvent], cancellationToken);

    /// <summary>Appends events, all into the same file, in one write, and flushes them.</summary>
    /// <param name="events">The events, in order.</param>
    /// <param name="cancellationToken">Cancels waiting for another writer and the write.</param>
    /// <exception cref="IOException">The file could not be written.</exception>
    /// <exception cref="ObjectDisposedException">The writer was disposed.</exception>
    public async Task WriteAsync(IReadOnlyList<TrackingEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            return;
        }
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _text.Clear();
            foreach (var trackingEvent in events)
            {
                MsgtrkWriter.AppendRow(_text, trackingEvent);
            }
            var rows = MsgtrkWriter.Encoding.GetBytes(_text.ToString());
            var now = _time.GetUtcNow().UtcDateTime;
            var file = OpenFor(now, rows.Length);
            if (file.Length == 0)
            {
                rows = [.. HeaderBytes(now), .. rows];
            }
            await file.WriteAsync(rows, cancellationToken).ConfigureAwait(false);
            await file.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (!_disposed)
            {
                _disposed = true;
                if (_file is not null)
                {
                    await _file.DisposeAsync().ConfigureAwait(false);
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _gate.Wait();
        try
        {
            _disposed = true;
            _file?.Dispose();
        }
        finally
        {
            _gate.Release();
        }
    }

    private FileStream OpenFor(DateTime now, int rowBytes)
    {
        var hour = now.ToString("yyyyMMddHH", CultureInfo.InvariantCulture);
        if (_file is not null && _fileHour == hour)
        {
            if (_file.Length == 0 || _file.Length + rowBytes <= _options.MaxFileSize)
            {
                return _file;
            }
            return Open(hour, Math.Max(_fileNumber, LastNumberOf(hour)) + 1);
        }
        Directory.CreateDirectory(_options.Folder);
        var last = LastNumberOf(hour);
        return last > 0 && CanAppendTo(PathOf(hour, last), rowBytes) ? Open(hour, last) : Open(hour, last + 1);
    }

    private FileStream Open(string hour, int number)
    {
        _file?.Dispose();
        _file = null;
        // Append-only, shared so that the importer (and Exchange-style tail readers) can read while we write.
        _file = new FileStream(PathOf(hour, number), FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete,
            bufferSize: 0, FileOptions.Asynchronous);
        _fileHour = hour;
        _fileNumber = number;
        return _file;
    }

    private bool CanAppendTo(string path, int rowBytes)
    {
        var info = new FileInfo(path);
        if (info.Length == 0)
        {
            return true;
        }
        if (info.Length + rowBytes > _options.MaxFileSize)
        {
            return false;
        }
        // A file left with a half-written last line (a crash mid-write) would glue our first row to it.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        stream.Seek(-1, SeekOrigin.End);
        return stream.ReadByte() == '\n';
    }

    private int LastNumberOf(string hour)
    {
        var stem = $"MSGTRK{_options.Prefix}{hour}-";
        var last = 0;
        foreach (var path in Directory.EnumerateFiles(_options.Folder, stem + "*.LOG"))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (int.TryParse(name.AsSpan(stem.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                last = Math.Max(last, number);
            }
        }
        return last;
    }

    private string PathOf(string hour, int number) =>
        Path.Combine(_options.Folder, string.Create(CultureInfo.InvariantCulture, $"MSGTRK{_options.Prefix}{hour}-{number}.LOG"));

    private static byte[] HeaderBytes(DateTime now)
    {
        var header = new StringBuilder();
        MsgtrkWriter.AppendHeader(header, now);
        return MsgtrkWriter.Encoding.GetBytes(header.ToString());
    }
}
