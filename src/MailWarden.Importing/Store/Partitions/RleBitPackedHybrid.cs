namespace MailWarden.Importing.Store.Partitions;

/// <summary>
/// Parquet's RLE/bit-packed hybrid encoding, written as one bit-packed run (or one RLE run when every value is
/// the same), which every reader accepts and which costs one pass over the values.
/// </summary>
internal static class RleBitPackedHybrid
{
    /// <summary>The bits needed for values up to <paramref name="maxValue"/>; at least 1 (width 0 trips some readers).</summary>
    public static int BitWidth(int maxValue) => Math.Max(1, 32 - int.LeadingZeroCount(maxValue));

    /// <summary>Writes <paramref name="count"/> copies of <paramref name="value"/> as one RLE run.</summary>
    public static void WriteRepeated(ByteBuffer output, int value, int count, int bitWidth)
    {
        output.WriteUnsignedVarInt((ulong)count << 1);
        for (int b = 0; b < (bitWidth + 7) / 8; b++)
        {
            output.WriteByte((byte)(value >> (8 * b)));
        }
    }

    /// <summary>Writes <paramref name="values"/> as one bit-packed run of groups of 8 (the last group padded with zeros).</summary>
    public static void WriteBitPacked(ByteBuffer output, ReadOnlySpan<int> values, int bitWidth)
    {
        int groups = (values.Length + 7) / 8;
        output.WriteUnsignedVarInt(((ulong)groups << 1) | 1);
        int byteCount = groups * bitWidth;
        Span<byte> target = output.GetSpan(byteCount)[..byteCount];
        target.Clear();
        ulong accumulator = 0;
        int bits = 0;
        int position = 0;
        foreach (int value in values)
        {
            accumulator |= (ulong)(uint)value << bits;
            bits += bitWidth;
            while (bits >= 8)
            {
                target[position++] = (byte)accumulator;
                accumulator >>= 8;
                bits -= 8;
            }
        }
        if (bits > 0)
        {
            target[position] = (byte)accumulator;
        }
        output.Advance(byteCount);
    }
}
