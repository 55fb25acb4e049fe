using MailWarden.Core.Tracking;
using nietras.SeparatedValues;

namespace MailWarden.Tracking.Reading;

/// <summary>
/// The format-specific half of <see cref="HeaderedLogReader"/>: how a header line names the columns and how a
/// row becomes a <see cref="TrackingEvent"/>. One instance reads one file once; it is not thread-safe.
/// </summary>
internal abstract class HeaderedRowMapper(string path, ITrackingLogSink sink)
{
    private readonly HashSet<string> _warned = new(StringComparer.Ordinal);

    public abstract TrackingLogFormat Format { get; }

    /// <summary>The column separator.</summary>
    public abstract char Separator { get; }

    /// <summary>Whether values may be quoted (CSV); false for formats that never quote (Exchange 2003).</summary>
    public virtual bool QuotedValues => true;

    /// <summary>The number of columns the header in force names.</summary>
    public abstract int ColumnCount { get; }

    /// <summary>Whether a <c>#</c> line is the header (Exchange 2003's <c># Date</c> line); other <c>#</c> lines are comments.</summary>
    public virtual bool IsHeaderComment(ReadOnlySpan<char> line) => false;

    /// <summary>Whether the first non-<c>#</c> line is the header (CSV exports).</summary>
    public virtual bool HeaderIsFirstRow => true;

    protected string Path => path;

    /// <summary>Maps the columns of <paramref name="headerLine"/>, the line as written in the file.</summary>
    public abstract bool TrySetHeader(string headerLine, out string? error);

    /// <summary>Maps a data row whose column count matches the header.</summary>
    public abstract bool TryMap(SepReader.Row row, out TrackingEvent? trackingEvent, out string? field, out string? reason);

    /// <summary>Tells the administrator something once per read of the file.</summary>
    protected void WarnOnce(string key, string message)
    {
        if (_warned.Add(key))
        {
            sink.OnWarning($"{path}: {message}");
        }
    }

    protected static bool Fail(string fieldName, string why, out string? field, out string? reason)
    {
        field = fieldName;
        reason = why;
        return false;
    }

    protected static string Shorten(ReadOnlySpan<char> value) =>
        value.Length <= 64 ? value.ToString() : string.Concat(value[..61], "...");
}
