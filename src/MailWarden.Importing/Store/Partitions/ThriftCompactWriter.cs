using System.Text;

namespace MailWarden.Importing.Store.Partitions;

/// <summary>
/// The Thrift compact protocol, write side, just as much as Parquet's page headers and footer need: field headers
/// carry the delta from the previous field id of the same struct, integers are zigzag varints.
/// </summary>
internal sealed class ThriftCompactWriter(ByteBuffer output)
{
    private const byte BooleanTrue = 1;
    private const byte BooleanFalse = 2;
    private const byte I32 = 5;
    private const byte I64 = 6;
    private const byte Binary = 8;
    private const byte List = 9;
    private const byte Struct = 12;

    private readonly Stack<short> _enclosingLastFieldIds = new();
    private short _lastFieldId;

    public void I32Field(short id, int value)
    {
        FieldHeader(id, I32);
        output.WriteUnsignedVarInt(ZigZag(value));
    }

    public void I64Field(short id, long value)
    {
        FieldHeader(id, I64);
        output.WriteUnsignedVarInt(ZigZag(value));
    }

    public void BoolField(short id, bool value) => FieldHeader(id, value ? BooleanTrue : BooleanFalse);

    public void BinaryField(short id, ReadOnlySpan<byte> value)
    {
        FieldHeader(id, Binary);
        output.WriteUnsignedVarInt((ulong)value.Length);
        output.Write(value);
    }

    public void StringField(short id, string value) => BinaryField(id, Encoding.UTF8.GetBytes(value));

    /// <summary>Starts a struct-valued field; close it with <see cref="EndStruct"/>.</summary>
    public void BeginStructField(short id)
    {
        FieldHeader(id, Struct);
        BeginStruct();
    }

    /// <summary>Starts a struct that is a list element or the top-level value.</summary>
    public void BeginStruct()
    {
        _enclosingLastFieldIds.Push(_lastFieldId);
        _lastFieldId = 0;
    }

    public void EndStruct()
    {
        output.WriteByte(0);
        _lastFieldId = _enclosingLastFieldIds.Count == 0 ? (short)0 : _enclosingLastFieldIds.Pop();
    }

    public void ListOfStructsField(short id, int count) => ListField(id, Struct, count);

    public void ListOfI32Field(short id, IReadOnlyList<int> values)
    {
        ListField(id, I32, values.Count);
        foreach (int value in values)
        {
            output.WriteUnsignedVarInt(ZigZag(value));
        }
    }

    public void ListOfStringsField(short id, IReadOnlyList<string> values)
    {
        ListField(id, Binary, values.Count);
        foreach (string value in values)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(value);
            output.WriteUnsignedVarInt((ulong)bytes.Length);
            output.Write(bytes);
        }
    }

    private void ListField(short id, byte elementType, int count)
    {
        FieldHeader(id, List);
        if (count < 15)
        {
            output.WriteByte((byte)((count << 4) | elementType));
        }
        else
        {
            output.WriteByte((byte)(0xF0 | elementType));
            output.WriteUnsignedVarInt((ulong)count);
        }
    }

    private void FieldHeader(short id, byte type)
    {
        int delta = id - _lastFieldId;
        if (delta is > 0 and <= 15)
        {
            output.WriteByte((byte)((delta << 4) | type));
        }
        else
        {
            output.WriteByte(type);
            output.WriteUnsignedVarInt(ZigZag(id));
        }
        _lastFieldId = id;
    }

    private static ulong ZigZag(long value) => (ulong)((value << 1) ^ (value >> 63));
}
