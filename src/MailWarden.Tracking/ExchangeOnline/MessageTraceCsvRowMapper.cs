using MailWarden.Core.Tracking;
using MailWarden.Tracking.Reading;
using nietras.SeparatedValues;

namespace MailWarden.Tracking.ExchangeOnline;

/// <summary>Maps the rows of <c>Get-MessageTrace | Export-Csv</c> by their header names.</summary>
internal sealed class MessageTraceCsvRowMapper(string path, ITrackingLogSink sink) : HeaderedRowMapper(path, sink)
{
    private readonly MessageTraceEventBuilder _builder = new();
    private string[] _names = [];

    public override TrackingLogFormat Format => TrackingLogFormat.ExchangeOnlineCsv;

    public override char Separator => ',';

    public override int ColumnCount => _names.Length;

    public override bool TrySetHeader(string headerLine, out string? error)
    {
        var names = CsvHeaderNames.Parse(headerLine);
        if (!names.Contains("Received", StringComparer.OrdinalIgnoreCase))
        {
            error = "has no Received column";
            return false;
        }
        _names = [.. names];
        error = null;
        return true;
    }

    public override bool TryMap(SepReader.Row row, out TrackingEvent? trackingEvent, out string? field, out string? reason)
    {
        _builder.Reset();
        for (var i = 0; i < _names.Length; i++)
        {
            var span = row[i].Span;
            _builder.Set(_names[i], span.IsEmpty ? null : row[i].ToString());
        }
        if (!_builder.TryBuild(out trackingEvent, out field, out reason))
        {
            return false;
        }
        if (_builder.AssumedUtc)
        {
            WarnOnce("timestamp", "Received values such as '1/25/2024 3:16:09 PM' carry no time zone and were read as UTC; " +
                "export them as UTC ISO 8601 (docs/powershell-export.md) to be sure.");
        }
        return true;
    }
}
