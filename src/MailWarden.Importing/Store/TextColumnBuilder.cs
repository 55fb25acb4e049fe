using System.Text;

namespace MailWarden.Importing.Store;

/// <summary>
/// Collects one text column of a batch. Starts dictionary-encoded (most tracking-log columns repeat a few values:
/// servers, event ids, sources, connectors, senders) and switches for good to plain UTF-8 once the values prove to be
/// mostly distinct (message ids, GUIDs), so that neither kind pays for the other's encoding.
/// </summary>
internal sealed class TextColumnBuilder
{
    // Decide after enough values to see the column's nature; a column whose distinct values exceed half of the rows
    // gains nothing from a dictionary, and a very large dictionary makes every lookup miss the cache.
    private const int DecisionRows = 16_384;
    private const int MaxDictionaryEntries = 65_536;

    private readonly Dictionary<string, int> _dictionary = new(StringComparer.Ordinal);
    private readonly List<string> _dictionaryValues = [];
    private int[] _ids;
    private byte[] _bytes = [];
    private int _byteLength;
    private int[] _starts = [];
    private int[] _lengths = [];

    public TextColumnBuilder(int capacity) => _ids = new int[capacity];

    public int Count { get; private set; }

    /// <summary>True while values are kept as dictionary ids.</summary>
    public bool IsDictionaryEncoded { get; private set; } = true;

    /// <summary>The dictionary, in id order (only while <see cref="IsDictionaryEncoded"/>).</summary>
    public IReadOnlyList<string> DictionaryValues => _dictionaryValues;

    /// <summary>The dictionary id of each row, -1 for NULL (only while <see cref="IsDictionaryEncoded"/>).</summary>
    public ReadOnlySpan<int> Ids => _ids.AsSpan(0, Count);

    /// <summary>The UTF-8 bytes of row <paramref name="row"/>, or false for NULL (only when plain).</summary>
    public bool TryGetUtf8(int row, out ReadOnlySpan<byte> value)
    {
        int length = _lengths[row];
        value = length < 0 ? default : _bytes.AsSpan(_starts[row], length);
        return length >= 0;
    }

    public void Append(string? value)
    {
        EnsureRowCapacity();
        if (IsDictionaryEncoded)
        {
            _ids[Count++] = value is null ? -1 : IdOf(value);
            if ((Count == DecisionRows && _dictionaryValues.Count * 2 > Count) || _dictionaryValues.Count > MaxDictionaryEntries)
            {
                SwitchToPlain();
            }
        }
        else
        {
            AppendPlain(value);
        }
    }

    public void Clear()
    {
        Count = 0;
        _byteLength = 0;
        _dictionary.Clear();
        _dictionaryValues.Clear();
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

    private int IdOf(string value)
    {
        if (!_dictionary.TryGetValue(value, out int id))
        {
            id = _dictionaryValues.Count;
            _dictionary.Add(value, id);
            _dictionaryValues.Add(value);
        }
        return id;
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
            AppendPlain(id < 0 ? null : _dictionaryValues[id]);
        }
        _dictionary.Clear();
        _dictionaryValues.Clear();
    }

    private void AppendPlain(string? value)
    {
        if (value is null)
        {
            _lengths[Count++] = -1;
            return;
        }
        int max = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (_byteLength + max > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _byteLength + max + 65_536));
        }
        int written = Encoding.UTF8.GetBytes(value, _bytes.AsSpan(_byteLength));
        _starts[Count] = _byteLength;
        _lengths[Count++] = written;
        _byteLength += written;
    }

    private void EnsureRowCapacity()
    {
        if (Count < _ids.Length && (IsDictionaryEncoded || Count < _starts.Length))
        {
            return;
        }
        int capacity = Math.Max(1_024, _ids.Length * 2);
        Array.Resize(ref _ids, capacity);
        if (!IsDictionaryEncoded)
        {
            Array.Resize(ref _starts, capacity);
            Array.Resize(ref _lengths, capacity);
        }
    }
}
