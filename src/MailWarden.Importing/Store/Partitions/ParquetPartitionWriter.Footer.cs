namespace MailWarden.Importing.Store.Partitions;

internal sealed partial class ParquetPartitionWriter
{
    private const string CreatedBy = "MailWarden partition writer 1";

    private void WriteFooter(long rows, List<(long Rows, List<ColumnChunkMetadata> Chunks, long FileOffset)> rowGroups)
    {
        var columns = EventSchema.Columns;
        _header.Clear();
        var thrift = new ThriftCompactWriter(_header);
        thrift.BeginStruct();
        thrift.I32Field(1, 1);
        thrift.ListOfStructsField(2, columns.Count + 1);
        thrift.BeginStruct();
        thrift.StringField(4, "schema");
        thrift.I32Field(5, columns.Count);
        thrift.EndStruct();
        foreach (var column in columns)
        {
            WriteSchemaElement(thrift, column);
        }
        thrift.I64Field(3, rows);
        thrift.ListOfStructsField(4, rowGroups.Count);
        foreach (var (groupRows, chunks, fileOffset) in rowGroups)
        {
            WriteRowGroupMetadata(thrift, groupRows, chunks, fileOffset);
        }
        thrift.StringField(6, CreatedBy);
        // TYPE_ORDER for every column: says that min/max of strings compare as unsigned bytes, so readers trust them.
        thrift.ListOfStructsField(7, columns.Count);
        for (int i = 0; i < columns.Count; i++)
        {
            thrift.BeginStruct();
            thrift.BeginStructField(1);
            thrift.EndStruct();
            thrift.EndStruct();
        }
        thrift.EndStruct();
        int footerLength = _header.Length;
        WriteRaw(_header.WrittenSpan);
        _header.Clear();
        _header.WriteInt32LittleEndian(footerLength);
        _header.Write(ParquetTypes.Magic);
        WriteRaw(_header.WrittenSpan);
    }

    private static void WriteSchemaElement(ThriftCompactWriter thrift, EventColumnDefinition column)
    {
        thrift.BeginStruct();
        thrift.I32Field(1, column.Kind switch
        {
            EventColumnKind.Int32 => ParquetTypes.Int32,
            EventColumnKind.Text => ParquetTypes.ByteArray,
            _ => ParquetTypes.Int64,
        });
        thrift.I32Field(3, column.IsNullable ? ParquetTypes.Optional : ParquetTypes.Required);
        thrift.StringField(4, column.Name);
        if (column.Kind == EventColumnKind.Text)
        {
            thrift.I32Field(6, ParquetTypes.ConvertedUtf8);
            thrift.BeginStructField(10);
            thrift.BeginStructField(1);
            thrift.EndStruct();
            thrift.EndStruct();
        }
        else if (column.Kind == EventColumnKind.Timestamp)
        {
            // TIMESTAMP(isAdjustedToUTC=false, MICROS): DuckDB reads it as TIMESTAMP, the type reports compare with.
            thrift.BeginStructField(10);
            thrift.BeginStructField(8);
            thrift.BoolField(1, false);
            thrift.BeginStructField(2);
            thrift.BeginStructField(2);
            thrift.EndStruct();
            thrift.EndStruct();
            thrift.EndStruct();
            thrift.EndStruct();
        }
        thrift.EndStruct();
    }

    private static void WriteRowGroupMetadata(ThriftCompactWriter thrift, long rows, List<ColumnChunkMetadata> chunks, long fileOffset)
    {
        thrift.BeginStruct();
        thrift.ListOfStructsField(1, chunks.Count);
        long uncompressed = 0, compressed = 0;
        foreach (var chunk in chunks)
        {
            uncompressed += chunk.UncompressedSize;
            compressed += chunk.CompressedSize;
            thrift.BeginStruct();
            thrift.I64Field(2, chunk.DictionaryPageOffset ?? chunk.DataPageOffset);
            thrift.BeginStructField(3);
            thrift.I32Field(1, chunk.PhysicalType);
            thrift.ListOfI32Field(2, chunk.IsDictionaryEncoded
                ? [ParquetTypes.Plain, ParquetTypes.Rle, ParquetTypes.RleDictionary]
                : [ParquetTypes.Plain, ParquetTypes.Rle]);
            thrift.ListOfStringsField(3, [chunk.Column]);
            thrift.I32Field(4, chunk.Codec);
            thrift.I64Field(5, chunk.ValueCount);
            thrift.I64Field(6, chunk.UncompressedSize);
            thrift.I64Field(7, chunk.CompressedSize);
            thrift.I64Field(9, chunk.DataPageOffset);
            if (chunk.DictionaryPageOffset is { } dictionaryOffset)
            {
                thrift.I64Field(11, dictionaryOffset);
            }
            thrift.BeginStructField(12);
            thrift.I64Field(3, chunk.NullCount);
            if (chunk.Max is not null && chunk.Min is not null)
            {
                thrift.BinaryField(5, chunk.Max);
                thrift.BinaryField(6, chunk.Min);
            }
            thrift.EndStruct();
            thrift.EndStruct();
            thrift.EndStruct();
        }
        thrift.I64Field(2, uncompressed);
        thrift.I64Field(3, rows);
        thrift.I64Field(5, fileOffset);
        thrift.I64Field(6, compressed);
        thrift.EndStruct();
    }
}
