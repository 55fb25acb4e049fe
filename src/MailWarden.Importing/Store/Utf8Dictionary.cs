using System.Buffers.Binary;
using System.Numerics;
using System.Security.Cryptography;

namespace MailWarden.Importing.Store;

/// <summary>
/// The distinct values of a dictionary-encoded column, as UTF-8 bytes kept in one array, numbered in order of first
/// appearance: an open-addressing table looks a value up from its bytes, so the reader's UTF-8 never becomes a string.
/// </summary>
internal sealed class Utf8Dictionary
{
    // Per process, so that values crafted to collide in one import's tables cannot be prepared in advance.
    private static readonly ulong Seed = BinaryPrimitives.ReadUInt64LittleEndian(RandomNumberGenerator.GetBytes(8));

    private int[] _slots = new int[1_024];  // id + 1; 0 = free
    private ulong[] _hashes = new ulong[256];
    private int[] _starts = new int[256];
    private int[] _lengths = new int[256];
    private byte[] _bytes = new byte[16 * 1_024];
    private int _byteLength;

    public int Count { get; private set; }

    public ReadOnlySpan<byte> this[int id] => _bytes.AsSpan(_starts[id], _lengths[id]);

    /// <summary>The id of <paramref name="value"/>, added if new.</summary>
    public int IdOf(ReadOnlySpan<byte> value)
    {
        var hash = Hash(value);
        var mask = _slots.Length - 1;
        for (var slot = (int)hash & mask; ; slot = (slot + 1) & mask)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                return Add(value, hash, slot);
            }
            var id = entry - 1;
            if (_hashes[id] == hash && value.SequenceEqual(this[id]))
            {
                return id;
            }
        }
    }

    public void Clear()
    {
        Array.Clear(_slots);
        Count = 0;
        _byteLength = 0;
    }

    private int Add(ReadOnlySpan<byte> value, ulong hash, int slot)
    {
        var id = Count++;
        if (id == _hashes.Length)
        {
            Array.Resize(ref _hashes, id * 2);
            Array.Resize(ref _starts, id * 2);
            Array.Resize(ref _lengths, id * 2);
        }
        if (_byteLength + value.Length > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _byteLength + value.Length));
        }
        value.CopyTo(_bytes.AsSpan(_byteLength));
        (_hashes[id], _starts[id], _lengths[id]) = (hash, _byteLength, value.Length);
        _byteLength += value.Length;
        _slots[slot] = id + 1;
        if (Count * 2 > _slots.Length)
        {
            Rehash();
        }
        return id;
    }

    private void Rehash()
    {
        _slots = new int[_slots.Length * 2];
        var mask = _slots.Length - 1;
        for (var id = 0; id < Count; id++)
        {
            var slot = (int)_hashes[id] & mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }
            _slots[slot] = id + 1;
        }
    }

    private static ulong Hash(ReadOnlySpan<byte> value)
    {
        // Multiply-rotate over 8-byte words: a few nanoseconds for the short values of a tracking log.
        const ulong Prime = 0x9E3779B97F4A7C15;
        var hash = Seed ^ ((ulong)value.Length * Prime);
        while (value.Length >= 8)
        {
            hash = BitOperations.RotateLeft((hash ^ BinaryPrimitives.ReadUInt64LittleEndian(value)) * Prime, 31);
            value = value[8..];
        }
        ulong tail = 0;
        for (var i = 0; i < value.Length; i++)
        {
            tail |= (ulong)value[i] << (i * 8);
        }
        hash = (hash ^ tail) * Prime;
        hash ^= hash >> 29;
        hash *= 0xBF58476D1CE4E5B9;
        return hash ^ (hash >> 32);
    }
}
