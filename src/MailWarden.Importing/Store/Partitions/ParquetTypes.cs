namespace MailWarden.Importing.Store.Partitions;

/// <summary>The numbers the Parquet format (parquet.thrift) gives to the things this writer uses.</summary>
internal static class ParquetTypes
{
    // Physical types.
    public const int Int32 = 1;
    public const int Int64 = 2;
    public const int ByteArray = 6;

    // Field repetition.
    public const int Required = 0;
    public const int Optional = 1;

    // Encodings.
    public const int Plain = 0;
    public const int Rle = 3;
    public const int RleDictionary = 8;

    // Page types.
    public const int DataPage = 0;
    public const int DictionaryPage = 2;

    // Compression codecs.
    public const int Uncompressed = 0;
    public const int Snappy = 1;

    // Converted type of UTF-8 strings, for readers that predate logical types.
    public const int ConvertedUtf8 = 0;

    /// <summary>The magic that starts and ends every Parquet file.</summary>
    public static ReadOnlySpan<byte> Magic => "PAR1"u8;
}
