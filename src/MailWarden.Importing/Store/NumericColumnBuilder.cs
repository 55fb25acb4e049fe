namespace MailWarden.Importing.Store;

/// <summary>Collects one fixed-width column of a batch with a NULL flag per row.</summary>
internal sealed class NumericColumnBuilder<T>(int capacity)
    where T : unmanaged
{
    private T[] _values = new T[capacity];
    private bool[] _isNull = new bool[capacity];

    public int Count { get; private set; }

    public ReadOnlySpan<T> Values => _values.AsSpan(0, Count);

    public ReadOnlySpan<bool> IsNull => _isNull.AsSpan(0, Count);

    public void Append(T? value)
    {
        if (Count == _values.Length)
        {
            int grown = Math.Max(1_024, _values.Length * 2);
            Array.Resize(ref _values, grown);
            Array.Resize(ref _isNull, grown);
        }
        _values[Count] = value.GetValueOrDefault();
        _isNull[Count++] = !value.HasValue;
    }

    public void Clear() => Count = 0;

    /// <summary>Drops the rows from <paramref name="count"/> on.</summary>
    public void TruncateTo(int count) => Count = Math.Min(Count, count);
}
