namespace MailWarden.Importing.Store.Partitions;

/// <summary>What the footer says about one column chunk once its pages are written.</summary>
internal sealed record ColumnChunkMetadata(
    string Column,
    int PhysicalType,
    bool IsDictionaryEncoded,
    int Codec,
    long ValueCount,
    long UncompressedSize,
    long CompressedSize,
    long DataPageOffset,
    long? DictionaryPageOffset,
    long NullCount,
    byte[]? Min,
    byte[]? Max);
