using System.Text;

namespace MailWarden.Importing.Store;

/// <summary>
/// Collects one text column of a batch as UTF-8. Starts dictionary-encoded (most tracking-log columns repeat a few
/// values: servers, event ids, sources, connectors, senders) and switches for good to plain UTF-8 once the values
/// prove to be mostly distinct (message ids, GUIDs), so that neither kind pays for the other's encoding.
/// </summary>
internal sealed class TextColumnBuilder
{
    // Decide after enough values to see the column's nature; a column whose distinct values exceed half of the rows
    // gains nothing from a dictionary, and a very large dictionary makes every lookup miss the cache.
    private const int DecisionRows = 16_384;
    private const int MaxDictionaryEntries = 65_536;

    private readonly Utf8Dictionary _dictionary = new();
    private byte[] _encoded = new byte[256];
    private int[] _ids;
    private byte[] _bytes = [];
    private int _byteLength;
    private int[] _starts = [];
    private int[] _lengths = [];

    public TextColumnBuilder(int capacity) => _ids = new int[capacity];

    public int Count { get; private set; }

    /// <summary>True while values are kept as dictionary ids.</summary>
    public bool IsDictionaryEncoded { get; private set; } = true;

    /// <summary>The number of dictionary entries (only while <see cref="IsDictionaryEncoded"/>).</summary>
    public int DictionaryCount => _dictionary.Count;

    /// <summary>The UTF-8 bytes of dictionary entry <paramref name="id"/>.</summary>
    public ReadOnlySpan<byte> DictionaryValue(int id) => _dictionary[id];

    /// <summary>The dictionary id of each row, -1 for NULL (only while <see cref="IsDictionaryEncoded"/>).</summary>
    public ReadOnlySpan<int> Ids => _ids.AsSpan(0, Count);

    /// <summary>The UTF-8 bytes of row <paramref name="row"/>, or false for NULL (only when plain).</summary>
    public bool TryGetUtf8(int row, out ReadOnlySpan<byte> value)
    {
        int length = _lengths[row];
        value = length < 0 ? default : _bytes.AsSpan(_starts[row], length);
        return length >= 0;
    }

    /// <summary>Appends a value, NULL when <paramref name="value"/> is null.</summary>
    public void Append(string? value)
    {
        if (value is null)
        {
            AppendNull();
            return;
        }
        int max = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (_encoded.Length < max)
        {
            _encoded = new byte[Math.Max(max, _encoded.Length * 2)];
        }
        Append(_encoded.AsSpan(0, Encoding.UTF8.GetBytes(value, _encoded)));
    }

    /// <summary>Appends a value given as UTF-8 (an empty span is the empty string, not NULL).</summary>
    public void Append(ReadOnlySpan<byte> utf8)
    {
        EnsureRowCapacity();
        if (IsDictionaryEncoded)
        {
            _ids[Count++] = _dictionary.IdOf(utf8);
            SwitchIfMostlyDistinct();
        }
        else
        {
            AppendPlain(utf8);
        }
    }

    public void AppendNull()
    {
        EnsureRowCapacity();
        if (IsDictionaryEncoded)
        {
            _ids[Count++] = -1;
            SwitchIfMostlyDistinct();
        }
        else
        {
            _lengths[Count++] = -1;
        }
    }

    public void Clear()
    {
        Count = 0;
        _byteLength = 0;
        _dictionary.Clear();
        IsDictionaryEncoded = true;
    }

    /// <summary>Drops the rows from <paramref name="count"/> on (dictionary entries they added stay, unused).</summary>
    public void TruncateTo(int count)
    {
        if (count >= Count)
        {
            return;
        }
        if (!IsDictionaryEncoded)
        {
            // Values are appended in row order, so the first dropped non-NULL value marks where the bytes end.
            for (int row = count; row < Count; row++)
            {
                if (_lengths[row] >= 0)
                {
                    _byteLength = _starts[row];
                    break;
                }
            }
        }
        Count = count;
    }

    private void SwitchIfMostlyDistinct()
    {
        if ((Count == DecisionRows && _dictionary.Count * 2 > Count) || _dictionary.Count > MaxDictionaryEntries)
        {
            SwitchToPlain();
        }
    }

    private void SwitchToPlain()
    {
        int rows = Count;
        Count = 0;
        IsDictionaryEncoded = false;
        if (_starts.Length < _ids.Length)
        {
            _starts = new int[_ids.Length];
            _lengths = new int[_ids.Length];
        }
        for (int row = 0; row < rows; row++)
        {
            int id = _ids[row];
            if (id < 0)
            {
                _lengths[Count++] = -1;
            }
            else
            {
                AppendPlain(_dictionary[id]);
            }
        }
        _dictionary.Clear();
    }

    private void AppendPlain(ReadOnlySpan<byte> value)
    {
        if (_byteLength + value.Length > _bytes.Length)
        {
            GrowBytes(value.Length);
        }
        value.CopyTo(_bytes.AsSpan(_byteLength));
        _starts[Count] = _byteLength;
        _lengths[Count++] = value.Length;
        _byteLength += value.Length;
    }

    private void GrowBytes(int needed)
    {
        // Sized for the rows the batch was made for, from the average value so far (plus an eighth): one or two
        // resizes per batch instead of a chain of doublings, whose discarded arrays sit on the large object heap
        // until a full collection and made most of the import's peak memory.
        long required = (long)_byteLength + needed;
        long projected = Count == 0 ? 0 : required * _ids.Length / Count * 9 / 8;
        long grown = Math.Max(Math.Max(projected, _bytes.Length + (_bytes.Length / 2)), required + 65_536);
        Array.Resize(ref _bytes, (int)Math.Min(grown, Array.MaxLength));
    }

    private void EnsureRowCapacity()
    {
        if (Count < _ids.Length && (IsDictionaryEncoded || Count < _starts.Length))
        {
            return;
        }
        // By half: a batch passes the rows it was sized for by at most one window's rows.
        int capacity = Math.Max(1_024, _ids.Length + (_ids.Length / 2));
        Array.Resize(ref _ids, capacity);
        if (!IsDictionaryEncoded)
        {
            Array.Resize(ref _starts, capacity);
            Array.Resize(ref _lengths, capacity);
        }
    }
}
