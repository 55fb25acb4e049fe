using BenchmarkDotNet.Attributes;
using MailWarden.Benchmarks.Generating;
using MailWarden.Core.Tracking;
using MailWarden.Tracking.Msgtrk;
using MailWarden.Tracking.Reading;

namespace MailWarden.Benchmarks.Tracking;

/// <summary>
/// The MSGTRK reader's two paths on the same generated log held in memory: <c>Read</c> (one
/// <see cref="TrackingEvent"/> per row, what the gateway and tests use) and <c>ReadColumnar</c> (UTF-8 spans, what
/// the importer uses). Run: <c>dotnet run -c Release --project bench/MailWarden.Benchmarks -- --filter '*MsgtrkReader*'</c>.
/// </summary>
[MemoryDiagnoser]
public class MsgtrkReaderBenchmarks
{
    private byte[] log = [];

    /// <summary>Rows in the generated log.</summary>
    [Params(10_000, 100_000)]
    public int Rows { get; set; }

    /// <summary>Writes the log once per parameter value.</summary>
    [GlobalSetup]
    public void Setup()
    {
        using var memory = new MemoryStream();
        using (var writer = new MsgtrkWriter(memory, leaveOpen: true))
        {
            writer.WriteHeader(new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc));
            var generator = new MailFlowGenerator(new Organisation(seed: 7), seed: 7, new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc), TimeSpan.FromDays(1));
            foreach (var generated in generator.Generate(Rows).Take(Rows))
            {
                writer.Write(generated.Event);
            }
        }
        log = memory.ToArray();
    }

    /// <summary>One event object per row.</summary>
    [Benchmark(Baseline = true)]
    public long MsgtrkReader_Events()
    {
        var sink = new CountingSink();
        using var stream = new MemoryStream(log, writable: false);
        TrackingLogReader.Read("bench.LOG", stream, TrackingLogPosition.Start, sink);
        return sink.Count;
    }

    /// <summary>UTF-8 spans per row, no strings.</summary>
    [Benchmark]
    public long MsgtrkReader_Columnar()
    {
        var sink = new CountingSink();
        using var stream = new MemoryStream(log, writable: false);
        TrackingLogReader.ReadColumnar("bench.LOG", stream, TrackingLogPosition.Start, sink);
        return sink.Count;
    }

    private sealed class CountingSink : IMsgtrkRecordSink
    {
        public long Count { get; private set; }

        public void OnEvent(TrackingEvent trackingEvent, long lineNumber) => Count++;

        public void OnRecord(in MsgtrkRecord record, long lineNumber) => Count += record.Field(0).Length > 0 ? 1 : 0;

        public void OnRejected(TrackingLogRowError error) => throw new InvalidOperationException(error.ToString());

        public void OnWarning(string message)
        {
        }
    }
}
