namespace Warta.Text.Syntax;

/// <summary>
/// Maps feature keys (well mixed, non-zero) to rows (open addressing, linear probing; key 0 is the empty slot).
/// Read-only lookups are thread-safe once filling has ended.
/// </summary>
internal sealed class FeatureTable
{
    private long[] _keys;
    private int[] _rows;
    private int _mask;

    public int Count { get; private set; }

    public FeatureTable(int expected = 1024)
    {
        var capacity = 16;
        while (capacity < expected * 2) capacity <<= 1;
        _keys = new long[capacity];
        _rows = new int[capacity];
        _mask = capacity - 1;
    }

    /// <summary>The row of a key, or -1.</summary>
    public int Find(long key)
    {
        var i = (int)key & _mask;
        while (true)
        {
            var k = _keys[i];
            if (k == key) return _rows[i];
            if (k == 0) return -1;
            i = (i + 1) & _mask;
        }
    }

    /// <summary>The row of a key, adding it as the next row when absent.</summary>
    public int GetOrAdd(long key)
    {
        var i = (int)key & _mask;
        while (true)
        {
            var k = _keys[i];
            if (k == key) return _rows[i];
            if (k == 0) break;
            i = (i + 1) & _mask;
        }
        if ((Count + 1) * 2 > _keys.Length)
        {
            Grow();
            return GetOrAdd(key);
        }
        _keys[i] = key;
        _rows[i] = Count;
        return Count++;
    }

    /// <summary>The keys in row order.</summary>
    public long[] KeysByRow()
    {
        var keys = new long[Count];
        for (var i = 0; i < _keys.Length; i++)
            if (_keys[i] != 0) keys[_rows[i]] = _keys[i];
        return keys;
    }

    private void Grow()
    {
        var oldKeys = _keys;
        var oldRows = _rows;
        _keys = new long[oldKeys.Length * 2];
        _rows = new int[oldKeys.Length * 2];
        _mask = _keys.Length - 1;
        for (var j = 0; j < oldKeys.Length; j++)
        {
            if (oldKeys[j] == 0) continue;
            var i = (int)oldKeys[j] & _mask;
            while (_keys[i] != 0) i = (i + 1) & _mask;
            _keys[i] = oldKeys[j];
            _rows[i] = oldRows[j];
        }
    }
}
