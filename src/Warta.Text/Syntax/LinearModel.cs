using System.Runtime.Intrinsics.X86;

namespace Warta.Text.Syntax;

/// <summary>
/// A trained linear classifier over hashed features: per feature key a sparse row of class
/// weights (only the weights that matter are kept). Immutable after construction, so scoring is
/// thread-safe.
/// </summary>
internal sealed class LinearModel
{
    // Scoring touches a random row per feature, so each lookup is laid out to cost two cache lines, not five: a slot
    // holds its key with its row's bounds (open addressing, linear probing, key 0 empty), an entry its class with its weight.
    private readonly record struct Slot(long Key, int Start, int End);
    // (packed: five bytes, not eight, for the millions of entries a model holds)
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential, Pack = 1)]
    private readonly record struct Entry(float Weight, byte Class);

    private readonly Slot[] _slots;
    private readonly int _mask;
    private readonly Entry[] _entries;

    public int Classes { get; }

    public int Features { get; }

    public int Weights => _entries.Length;

    private LinearModel(int classes, long[] keys, int[] rowStart, Entry[] entries)
    {
        Classes = classes;
        Features = keys.Length;
        var capacity = 16;
        while (capacity < keys.Length * 2) capacity <<= 1;
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        for (var row = 0; row < keys.Length; row++)
        {
            var i = (int)keys[row] & _mask;
            while (_slots[i].Key != 0)
            {
                if (_slots[i].Key == keys[row]) throw new InvalidDataException("model repeats a feature key");
                i = (i + 1) & _mask;
            }
            _slots[i] = new Slot(keys[row], rowStart[row], rowStart[row + 1]);
        }
        _entries = entries;
    }

    /// <summary>Adds the rows of the features present to <paramref name="scores"/> (cleared first).</summary>
    public unsafe void Score(ReadOnlySpan<long> features, Span<float> scores)
    {
        scores.Clear();
        var slots = _slots;
        var entries = _entries;
        // Each feature's slot, then its row, is a random read from tables far larger than the caches: asking for all the
        // cache lines of one step before using any lets the waits overlap (the sums are made in the same order).
        Span<int> starts = stackalloc int[features.Length];
        Span<int> ends = stackalloc int[features.Length];
        fixed (Slot* slot = slots)
        fixed (Entry* entry = entries)
        {
            if (Sse.IsSupported)
                foreach (var f in features) Sse.Prefetch0(slot + ((int)f & _mask));
            for (var k = 0; k < features.Length; k++)
            {
                var f = features[k];
                var i = (int)f & _mask;
                while (slot[i].Key != f && slot[i].Key != 0) i = (i + 1) & _mask;
                (starts[k], ends[k]) = slot[i].Key == 0 ? (0, 0) : (slot[i].Start, slot[i].End);
                if (Sse.IsSupported && starts[k] < ends[k]) Sse.Prefetch0(entry + starts[k]);
            }
            for (var k = 0; k < features.Length; k++)
                for (var e = starts[k]; e < ends[k]; e++) scores[entry[e].Class] += entry[e].Weight;
        }
    }

    /// <summary>
    /// Writes the model: class count, row count, the keys in ascending order (each as its
    /// difference from the previous one, 7-bit encoded), each row's entry count, then the entries (class byte, weight as an IEEE half float). Rows are sorted by key
    /// and entries by class, so the bytes do not depend on the order features were met.
    /// </summary>
    public void Write(BinaryWriter writer)
    {
        var rows = _slots.Where(slot => slot.Key != 0).OrderBy(slot => slot.Key).ToArray();
        writer.Write(Classes);
        writer.Write(rows.Length);
        var previous = 0L;
        foreach (var row in rows)
        {
            writer.Write7BitEncodedInt64(row.Key - previous);
            previous = row.Key;
        }
        foreach (var row in rows) writer.Write((byte)(row.End - row.Start));
        foreach (var row in rows)
            for (var e = row.Start; e < row.End; e++)
            {
                writer.Write(_entries[e].Class);
                writer.Write((Half)_entries[e].Weight);
            }
    }

    public static LinearModel Read(BinaryReader reader)
    {
        var classes = reader.ReadInt32();
        var rows = reader.ReadInt32();
        var keys = new long[rows];
        var key = 0L;
        for (var i = 0; i < rows; i++)
        {
            key += reader.Read7BitEncodedInt64();
            keys[i] = key;
        }
        var counts = reader.ReadBytes(rows);
        var rowStart = new int[rows + 1];
        for (var i = 0; i < rows; i++) rowStart[i + 1] = rowStart[i] + counts[i];
        // The entries (class byte, half-precision weight) are read in one block and decoded from it: read value by
        // value they took most of the model's loading time.
        var entries = new Entry[rowStart[rows]];
        var raw = reader.ReadBytes(checked(entries.Length * EntryBytes));
        if (raw.Length != entries.Length * EntryBytes) throw new EndOfStreamException("model entries are cut short");
        for (var e = 0; e < entries.Length; e++)
        {
            var at = e * EntryBytes;
            if (raw[at] >= classes) throw new InvalidDataException("model entry names a class out of range");
            entries[e] = new Entry((float)System.Buffers.Binary.BinaryPrimitives.ReadHalfLittleEndian(raw.AsSpan(at + 1, 2)), raw[at]);
        }
        return new LinearModel(classes, keys, rowStart, entries);
    }

    // A class byte, then a half-precision weight (as Write lays them out).
    private const int EntryBytes = 3;

    /// <summary>Builds a model from dense averaged rows, keeping the weights of magnitude at least <paramref name="minWeight"/>.</summary>
    internal static LinearModel FromRows(int classes, long[] keys, float[] weights, float minWeight)
    {
        if (classes > 256) throw new ArgumentOutOfRangeException(nameof(classes), "at most 256 classes");
        var keptKeys = new List<long>();
        var rowStart = new List<int> { 0 };
        var kept = new List<Entry>();
        for (var row = 0; row < keys.Length; row++)
        {
            var before = kept.Count;
            for (var k = 0; k < classes; k++)
            {
                var w = weights[row * classes + k];
                if (Math.Abs(w) < minWeight) continue;
                kept.Add(new Entry(w, (byte)k));
            }
            if (kept.Count == before) continue;
            keptKeys.Add(keys[row]);
            rowStart.Add(kept.Count);
        }
        return new LinearModel(classes, keptKeys.ToArray(), rowStart.ToArray(), kept.ToArray());
    }
}

/// <summary>
/// Training-time averaged perceptron (Collins 2002) with the lazy averaging of Daumé: keeps the
/// weights and the step-weighted sum of updates, so the average is w − u / steps.
/// </summary>
internal sealed class AveragedPerceptron(int classes)
{
    private readonly FeatureTable _table = new(1 << 16);
    private float[] _w = new float[(1 << 16) * classes];
    private double[] _u = new double[(1 << 16) * classes];
    private long _steps = 1;

    public int Classes { get; } = classes;

    /// <summary>Counts one training decision (call once per instance, updated or not).</summary>
    public void Tick() => _steps++;

    public void Score(ReadOnlySpan<long> features, Span<float> scores)
    {
        scores.Clear();
        var c = Classes;
        foreach (var f in features)
        {
            var row = _table.Find(f);
            if (row < 0) continue;
            var offset = row * c;
            for (var k = 0; k < c; k++) scores[k] += _w[offset + k];
        }
    }

    /// <summary>Moves weight from the wrong guess to the truth.</summary>
    public void Update(ReadOnlySpan<long> features, int truth, int guess)
    {
        if (truth == guess) return;
        var c = Classes;
        foreach (var f in features)
        {
            var row = _table.GetOrAdd(f);
            if ((row + 1) * c > _w.Length)
            {
                Array.Resize(ref _w, _w.Length * 2);
                Array.Resize(ref _u, _u.Length * 2);
            }
            var offset = row * c;
            _w[offset + truth] += 1;
            _u[offset + truth] += _steps;
            _w[offset + guess] -= 1;
            _u[offset + guess] -= _steps;
        }
    }

    /// <summary>The averaged model, without rows whose weights all stay below <paramref name="minWeight"/>.</summary>
    public LinearModel Average(float minWeight)
    {
        var sum = new RowSum(Classes);
        sum.Add(this, 1);
        return sum.ToModel(minWeight);
    }

    /// <summary>Adds the averaged weights, times <paramref name="scale"/>, to a sum of models.</summary>
    internal void AddAveragedTo(RowSum sum, float scale)
    {
        var c = Classes;
        var keys = _table.KeysByRow();
        for (var row = 0; row < keys.Length; row++)
        {
            var target = sum.Row(keys[row]);
            for (var k = 0; k < c; k++)
                sum.Weights[target + k] += scale * (float)(_w[row * c + k] - _u[row * c + k] / _steps);
        }
    }
}

/// <summary>Dense rows summed over several averaged perceptrons (an ensemble folded into one model).</summary>
internal sealed class RowSum(int classes)
{
    private readonly FeatureTable _table = new(1 << 16);

    public float[] Weights = new float[(1 << 16) * classes];

    public int Classes { get; } = classes;

    /// <summary>Offset of a key's row in <see cref="Weights"/>, added when new.</summary>
    public int Row(long key)
    {
        var row = _table.GetOrAdd(key);
        if ((row + 1) * Classes > Weights.Length) Array.Resize(ref Weights, Weights.Length * 2);
        return row * Classes;
    }

    public void Add(AveragedPerceptron perceptron, float scale) => perceptron.AddAveragedTo(this, scale);

    public LinearModel ToModel(float minWeight) => LinearModel.FromRows(Classes, _table.KeysByRow(), Weights, minWeight);
}
