using System.Buffers.Binary;

namespace MailWarden.Importing.Store.Partitions;

internal sealed partial class ParquetPartitionWriter
{
    private int[] _levels = [];
    private int[] _ids = [];

    private ColumnChunkMetadata WriteSeq(long firstSeq, ReadOnlySpan<int> order)
    {
        _values.Clear();
        Span<byte> target = _values.GetSpan(order.Length * 8);
        int min = int.MaxValue, max = int.MinValue;
        for (int k = 0; k < order.Length; k++)
        {
            BinaryPrimitives.WriteInt64LittleEndian(target[(k * 8)..], firstSeq + order[k]);
            min = Math.Min(min, order[k]);
            max = Math.Max(max, order[k]);
        }
        _values.Advance(order.Length * 8);
        return WritePlainChunk(EventColumns.Seq, ParquetTypes.Int64, order.Length, nullable: false, nullCount: 0,
            Int64Bytes(firstSeq + min), Int64Bytes(firstSeq + max));
    }

    private ColumnChunkMetadata WriteInt64(string column, ReadOnlySpan<long> values, ReadOnlySpan<int> order, ReadOnlySpan<bool> isNull, bool identityOrder)
    {
        _values.Clear();
        bool nullable = !isNull.IsEmpty;
        EnsureLevels(order.Length);
        long min = long.MaxValue, max = long.MinValue, nulls = 0;
        for (int k = 0; k < order.Length; k++)
        {
            int row = identityOrder ? k : order[k];
            if (nullable && isNull[row])
            {
                _levels[k] = 0;
                nulls++;
                continue;
            }
            _levels[k] = 1;
            long value = values[row];
            _values.WriteInt64LittleEndian(value);
            min = Math.Min(min, value);
            max = Math.Max(max, value);
        }
        bool any = nulls < order.Length;
        return WritePlainChunk(column, ParquetTypes.Int64, order.Length, nullable, nulls,
            any ? Int64Bytes(min) : null, any ? Int64Bytes(max) : null);
    }

    private ColumnChunkMetadata WriteInt32(string column, ReadOnlySpan<int> values, ReadOnlySpan<int> order, ReadOnlySpan<bool> isNull)
    {
        _values.Clear();
        EnsureLevels(order.Length);
        int min = int.MaxValue, max = int.MinValue;
        long nulls = 0;
        for (int k = 0; k < order.Length; k++)
        {
            int row = order[k];
            if (isNull[row])
            {
                _levels[k] = 0;
                nulls++;
                continue;
            }
            _levels[k] = 1;
            int value = values[row];
            _values.WriteInt32LittleEndian(value);
            min = Math.Min(min, value);
            max = Math.Max(max, value);
        }
        bool any = nulls < order.Length;
        return WritePlainChunk(column, ParquetTypes.Int32, order.Length, nullable: true, nulls,
            any ? Int32Bytes(min) : null, any ? Int32Bytes(max) : null);
    }

    private ColumnChunkMetadata WriteText(string column, TextColumnBuilder text, ReadOnlySpan<int> order, bool isNullable)
    {
        if (!text.IsDictionaryEncoded)
        {
            return WritePlainText(column, text, order, isNullable);
        }
        if (text.DictionaryCount > 0)
        {
            return WriteDictionaryText(column, text, order, isNullable);
        }
        // Only NULLs (tenant-id on premises, reference, ...): no values, every definition level 0.
        ThrowIfRequired(column, isNullable);
        _values.Clear();
        EnsureLevels(order.Length);
        _levels.AsSpan(0, order.Length).Clear();
        return WritePlainChunk(column, ParquetTypes.ByteArray, order.Length, nullable: true, nullCount: order.Length, min: null, max: null);
    }

    private ColumnChunkMetadata WritePlainText(string column, TextColumnBuilder text, ReadOnlySpan<int> order, bool isNullable)
    {
        _values.Clear();
        EnsureLevels(order.Length);
        long nulls = 0;
        int minStart = -1, minLength = 0, maxStart = -1, maxLength = 0;
        for (int k = 0; k < order.Length; k++)
        {
            if (!text.TryGetUtf8(order[k], out var value))
            {
                ThrowIfRequired(column, isNullable);
                _levels[k] = 0;
                nulls++;
                continue;
            }
            _levels[k] = 1;
            _values.WriteInt32LittleEndian(value.Length);
            int start = _values.Length;
            _values.Write(value);
            // Compare with the copies already in the page buffer: byte order of UTF-8 is Parquet's order for strings.
            if (minStart < 0 || value.SequenceCompareTo(_values.WrittenSpan.Slice(minStart, minLength)) < 0)
            {
                (minStart, minLength) = (start, value.Length);
            }
            if (maxStart < 0 || value.SequenceCompareTo(_values.WrittenSpan.Slice(maxStart, maxLength)) > 0)
            {
                (maxStart, maxLength) = (start, value.Length);
            }
        }
        byte[]? min = minStart < 0 ? null : StatisticsValue(_values.WrittenSpan.Slice(minStart, minLength));
        byte[]? max = maxStart < 0 ? null : StatisticsValue(_values.WrittenSpan.Slice(maxStart, maxLength));
        bool keepStatistics = min is not null && max is not null;
        return WritePlainChunk(column, ParquetTypes.ByteArray, order.Length, isNullable, nulls, keepStatistics ? min : null, keepStatistics ? max : null);
    }

    private ColumnChunkMetadata WriteDictionaryText(string column, TextColumnBuilder text, ReadOnlySpan<int> order, bool isNullable)
    {
        int entries = text.DictionaryCount;
        bool[] used = new bool[entries];
        EnsureLevels(order.Length);
        if (_ids.Length < order.Length)
        {
            _ids = new int[order.Length];
        }
        ReadOnlySpan<int> ids = text.Ids;
        long nulls = 0;
        int idCount = 0;
        for (int k = 0; k < order.Length; k++)
        {
            int id = ids[order[k]];
            if (id < 0)
            {
                ThrowIfRequired(column, isNullable);
                _levels[k] = 0;
                nulls++;
                continue;
            }
            _levels[k] = 1;
            _ids[idCount++] = id;
            used[id] = true;
        }

        int minId = -1, maxId = -1;
        _values.Clear();
        for (int id = 0; id < entries; id++)
        {
            var value = text.DictionaryValue(id);
            _values.WriteInt32LittleEndian(value.Length);
            _values.Write(value);
            if (used[id])
            {
                if (minId < 0 || value.SequenceCompareTo(text.DictionaryValue(minId)) < 0)
                {
                    minId = id;
                }
                if (maxId < 0 || value.SequenceCompareTo(text.DictionaryValue(maxId)) > 0)
                {
                    maxId = id;
                }
            }
        }
        byte[]? min = minId < 0 ? null : text.DictionaryValue(minId).ToArray();
        byte[]? max = maxId < 0 ? null : text.DictionaryValue(maxId).ToArray();
        long chunkStart = _position;
        var (dictionaryUncompressed, dictionaryCompressed) = WritePage(ParquetTypes.DictionaryPage, _values.WrittenSpan, entries, ParquetTypes.Plain);

        _values.Clear();
        int bitWidth = RleBitPackedHybrid.BitWidth(Math.Max(0, entries - 1));
        _values.WriteByte((byte)bitWidth);
        RleBitPackedHybrid.WriteBitPacked(_values, _ids.AsSpan(0, idCount), bitWidth);
        long dataPageOffset = _position;
        var (dataUncompressed, dataCompressed) = WritePage(ParquetTypes.DataPage, PageBody(order.Length, isNullable, nulls), order.Length, ParquetTypes.RleDictionary);

        bool keepStatistics = min is not null && min.Length <= MaxStatisticsValueBytes && max!.Length <= MaxStatisticsValueBytes;
        return new ColumnChunkMetadata(column, ParquetTypes.ByteArray, IsDictionaryEncoded: true, Codec,
            order.Length, dictionaryUncompressed + dataUncompressed, dictionaryCompressed + dataCompressed,
            dataPageOffset, chunkStart, nulls, keepStatistics ? min : null, keepStatistics ? max : null);
    }

    private static void ThrowIfRequired(string column, bool isNullable)
    {
        // EventBatch fills every NOT NULL column; a NULL there is a bug, not bad input.
        if (!isNullable)
        {
            throw new InvalidOperationException($"Column '{column}' is NOT NULL but the batch holds a NULL.");
        }
    }

    private ColumnChunkMetadata WritePlainChunk(string column, int physicalType, int rows, bool nullable, long nullCount, byte[]? min, byte[]? max)
    {
        long offset = _position;
        var (uncompressed, compressed) = WritePage(ParquetTypes.DataPage, PageBody(rows, nullable, nullCount), rows, ParquetTypes.Plain);
        return new ColumnChunkMetadata(column, physicalType, IsDictionaryEncoded: false, Codec, rows, uncompressed, compressed,
            offset, DictionaryPageOffset: null, nullCount, min, max);
    }

    /// <summary>Assembles a data page body: definition levels (nullable columns only), then the values in <see cref="_values"/>.</summary>
    private ReadOnlySpan<byte> PageBody(int rows, bool nullable, long nullCount)
    {
        _page.Clear();
        if (nullable)
        {
            int lengthPosition = _page.Length;
            _page.WriteInt32LittleEndian(0);
            if (nullCount == 0)
            {
                RleBitPackedHybrid.WriteRepeated(_page, 1, rows, bitWidth: 1);
            }
            else
            {
                RleBitPackedHybrid.WriteBitPacked(_page, _levels.AsSpan(0, rows), bitWidth: 1);
            }
            _page.PatchInt32LittleEndian(lengthPosition, _page.Length - lengthPosition - 4);
        }
        _page.Write(_values.WrittenSpan);
        return _page.WrittenSpan;
    }

    /// <summary>Writes one page (header, then body, compressed if enabled); returns its uncompressed and stored sizes with header.</summary>
    private (long Uncompressed, long Compressed) WritePage(int pageType, ReadOnlySpan<byte> body, int valueCount, int encoding)
    {
        ReadOnlySpan<byte> stored = body;
        if (ShouldCompress)
        {
            Compress(body, _compressed);
            stored = _compressed.WrittenSpan;
        }
        _header.Clear();
        var thrift = new ThriftCompactWriter(_header);
        thrift.BeginStruct();
        thrift.I32Field(1, pageType);
        thrift.I32Field(2, body.Length);
        thrift.I32Field(3, stored.Length);
        if (pageType == ParquetTypes.DictionaryPage)
        {
            thrift.BeginStructField(7);
            thrift.I32Field(1, valueCount);
            thrift.I32Field(2, ParquetTypes.Plain);
            thrift.EndStruct();
        }
        else
        {
            thrift.BeginStructField(5);
            thrift.I32Field(1, valueCount);
            thrift.I32Field(2, encoding);
            thrift.I32Field(3, ParquetTypes.Rle);
            thrift.I32Field(4, ParquetTypes.Rle);
            thrift.EndStruct();
        }
        thrift.EndStruct();
        WriteRaw(_header.WrittenSpan);
        WriteRaw(stored);
        return (_header.Length + body.Length, _header.Length + stored.Length);
    }

    private int Codec => ShouldCompress ? ParquetTypes.Snappy : ParquetTypes.Uncompressed;

    private void EnsureLevels(int rows)
    {
        if (_levels.Length < rows)
        {
            _levels = new int[rows];
        }
    }

    private static byte[] Int64Bytes(long value)
    {
        byte[] bytes = new byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, value);
        return bytes;
    }

    private static byte[] Int32Bytes(int value)
    {
        byte[] bytes = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        return bytes;
    }
}
