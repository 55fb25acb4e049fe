using Snappier;

namespace MailWarden.Importing.Store.Partitions;

/// <summary>
/// Writes an <see cref="EventBatch"/> as one Parquet file with the <c>events</c> columns, rows sorted by
/// <c>date_time</c> (then import order) and min/max statistics per row group, so that time filters skip whole row
/// groups. Purpose-built because general writers spend most of their time on per-value work that this data does
/// not need (docs/store.md has the measurements): repeating text columns are dictionary-encoded from the batch's
/// dictionaries, distinct ones are written plain from the batch's UTF-8 bytes, one data page per column chunk.
/// </summary>
internal sealed partial class ParquetPartitionWriter
{
    // Matches DuckDB's own row group size: the unit of its parallel scans and of min/max pruning.
    public const int DefaultRowGroupRows = 122_880;

    // Longer min/max values would bloat the footer for no pruning gain (subjects, source-context).
    private const int MaxStatisticsValueBytes = 64;

    private readonly ByteBuffer _values = new();
    private readonly ByteBuffer _page = new();
    private readonly ByteBuffer _compressed = new();
    private readonly ByteBuffer _header = new();
    private readonly List<int> _indices = [];
    private readonly int _rowGroupRows;
    private readonly bool _compress;
    private Stream _output = Stream.Null;
    private long _position;

    /// <summary>Creates a writer.</summary>
    /// <param name="rowGroupRows">Rows per row group.</param>
    /// <param name="compress">Whether page bodies are Snappy-compressed.</param>
    public ParquetPartitionWriter(int rowGroupRows = DefaultRowGroupRows, bool compress = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rowGroupRows);
        _rowGroupRows = rowGroupRows;
        _compress = compress;
    }

    /// <summary>Writes <paramref name="batch"/> to <paramref name="output"/>; row <c>i</c> of the batch gets <c>seq = firstSeq + i</c>.</summary>
    public PartitionStatistics Write(EventBatch batch, long firstSeq, Stream output)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(output);
        if (batch.Count == 0)
        {
            throw new ArgumentException("An empty batch makes no partition.", nameof(batch));
        }
        _output = output;
        _position = 0;
        WriteRaw(ParquetTypes.Magic);

        var (sortedTimes, order) = SortByTime(batch.Timestamps);
        var rowGroups = new List<(long Rows, List<ColumnChunkMetadata> Chunks, long FileOffset)>();
        for (int start = 0; start < order.Length; start += _rowGroupRows)
        {
            int end = Math.Min(order.Length, start + _rowGroupRows);
            long fileOffset = _position;
            var chunks = WriteRowGroup(batch, firstSeq, sortedTimes.AsSpan(start, end - start), order.AsSpan(start, end - start));
            rowGroups.Add((end - start, chunks, fileOffset));
        }
        WriteFooter(order.Length, rowGroups);
        _output = Stream.Null;
        return new PartitionStatistics(order.Length, firstSeq, firstSeq + order.Length - 1,
            FromUnixMicroseconds(sortedTimes[0]), FromUnixMicroseconds(sortedTimes[^1]), _position);
    }

    internal static DateTime FromUnixMicroseconds(long micros) =>
        new(DateTime.UnixEpoch.Ticks + (micros * TimeSpan.TicksPerMicrosecond), DateTimeKind.Utc);

    private static (long[] SortedTimes, int[] Order) SortByTime(ReadOnlySpan<long> timestamps)
    {
        long[] keys = timestamps.ToArray();
        int[] order = new int[keys.Length];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        Array.Sort(keys, order);
        // Array.Sort is not stable: put rows with equal times back in import order, so seq breaks ties as documented.
        for (int start = 0; start < keys.Length;)
        {
            int end = start + 1;
            while (end < keys.Length && keys[end] == keys[start])
            {
                end++;
            }
            if (end - start > 1)
            {
                Array.Sort(order, start, end - start);
            }
            start = end;
        }
        return (keys, order);
    }

    private List<ColumnChunkMetadata> WriteRowGroup(EventBatch batch, long firstSeq, ReadOnlySpan<long> times, ReadOnlySpan<int> order)
    {
        var chunks = new List<ColumnChunkMetadata>(EventSchema.Columns.Count);
        chunks.Add(WriteSeq(firstSeq, order));
        chunks.Add(WriteInt64(EventColumns.DateTime, times, order, isNull: default, identityOrder: true));
        for (int i = 0; i < EventSchema.TextFields.Count; i++)
        {
            var column = EventSchema.TextFields[i].Column;
            chunks.Add(WriteText(column, batch.Text(i), order, isNullable: column != EventColumns.EventId));
        }
        chunks.Add(WriteInt64(EventColumns.TotalBytes, batch.TotalBytes.Values, order, batch.TotalBytes.IsNull, identityOrder: false));
        chunks.Add(WriteInt32(EventColumns.RecipientCount, batch.RecipientCounts.Values, order, batch.RecipientCounts.IsNull));
        chunks.Add(WriteText(EventColumns.ExtraFields, batch.ExtraFields, order, isNullable: true));
        chunks.Add(WriteText(EventColumns.MessageKey, batch.MessageKeys, order, isNullable: false));
        chunks.Add(WriteText(EventColumns.SourceFile, batch.SourceFiles, order, isNullable: false));
        chunks.Add(WriteInt64(EventColumns.SourceLine, batch.SourceLines.Values, order, isNull: default, identityOrder: false));
        chunks.Add(WriteText(EventColumns.RecipientKeys, batch.RecipientKeys, order, isNullable: true));
        chunks.Add(WriteInt64(EventColumns.MessageHashHigh, batch.MessageHashHighs.Values, order, isNull: default, identityOrder: false));
        chunks.Add(WriteInt64(EventColumns.MessageHashLow, batch.MessageHashLows.Values, order, isNull: default, identityOrder: false));
        return chunks;
    }

    private static byte[]? StatisticsValue(ReadOnlySpan<byte> value) =>
        value.Length > MaxStatisticsValueBytes ? null : value.ToArray();

    private void WriteRaw(ReadOnlySpan<byte> bytes)
    {
        _output.Write(bytes);
        _position += bytes.Length;
    }

    private bool ShouldCompress => _compress;

    private static void Compress(ReadOnlySpan<byte> input, ByteBuffer output)
    {
        output.Clear();
        int written = Snappy.Compress(input, output.GetSpan(Snappy.GetMaxCompressedLength(input.Length)));
        output.Advance(written);
    }
}
