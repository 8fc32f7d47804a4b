namespace Warta.Text.Syntax;

/// <summary>
/// A trained linear classifier over hashed features: per feature key a sparse row of class
/// weights (only the weights that matter are kept). Immutable after construction, so scoring is
/// thread-safe.
/// </summary>
internal sealed class LinearModel
{
    private readonly FeatureTable _table;
    private readonly int[] _rowStart; // row r's entries are [_rowStart[r], _rowStart[r + 1])
    private readonly byte[] _class;
    private readonly float[] _weight;

    public int Classes { get; }

    public int Features => _table.Count;

    public int Weights => _weight.Length;

    private LinearModel(int classes, FeatureTable table, int[] rowStart, byte[] cls, float[] weight)
    {
        Classes = classes;
        _table = table;
        _rowStart = rowStart;
        _class = cls;
        _weight = weight;
    }

    /// <summary>Adds the rows of the features present to <paramref name="scores"/> (cleared first).</summary>
    public void Score(ReadOnlySpan<long> features, Span<float> scores)
    {
        scores.Clear();
        var cls = _class;
        var weight = _weight;
        foreach (var f in features)
        {
            var row = _table.Find(f);
            if (row < 0) continue;
            var end = _rowStart[row + 1];
            for (var e = _rowStart[row]; e < end; e++) scores[cls[e]] += weight[e];
        }
    }

    /// <summary>
    /// Writes the model: class count, row count, the keys in ascending order (each as its
    /// difference from the previous one, 7-bit encoded), each row's entry count, then the entries (class byte, weight as an IEEE half float). Rows are sorted by key
    /// and entries by class, so the bytes do not depend on the order features were met.
    /// </summary>
    public void Write(BinaryWriter writer)
    {
        var keys = _table.KeysByRow();
        var order = new int[keys.Length];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort((long[])keys.Clone(), order);
        writer.Write(Classes);
        writer.Write(keys.Length);
        var previous = 0L;
        foreach (var row in order)
        {
            writer.Write7BitEncodedInt64(keys[row] - previous);
            previous = keys[row];
        }
        foreach (var row in order) writer.Write((byte)(_rowStart[row + 1] - _rowStart[row]));
        foreach (var row in order)
            for (var e = _rowStart[row]; e < _rowStart[row + 1]; e++)
            {
                writer.Write(_class[e]);
                writer.Write((Half)_weight[e]);
            }
    }

    public static LinearModel Read(BinaryReader reader)
    {
        var classes = reader.ReadInt32();
        var rows = reader.ReadInt32();
        var table = new FeatureTable(rows);
        var key = 0L;
        for (var i = 0; i < rows; i++)
        {
            key += reader.Read7BitEncodedInt64();
            table.GetOrAdd(key);
        }
        var counts = reader.ReadBytes(rows);
        var rowStart = new int[rows + 1];
        for (var i = 0; i < rows; i++) rowStart[i + 1] = rowStart[i] + counts[i];
        var cls = new byte[rowStart[rows]];
        var weight = new float[cls.Length];
        for (var e = 0; e < cls.Length; e++)
        {
            cls[e] = reader.ReadByte();
            weight[e] = (float)reader.ReadHalf();
            if (cls[e] >= classes) throw new InvalidDataException("model entry names a class out of range");
        }
        return new LinearModel(classes, table, rowStart, cls, weight);
    }

    /// <summary>Builds a model from dense averaged rows, keeping the weights of magnitude at least <paramref name="minWeight"/>.</summary>
    internal static LinearModel FromRows(int classes, long[] keys, float[] weights, float minWeight)
    {
        if (classes > 256) throw new ArgumentOutOfRangeException(nameof(classes), "at most 256 classes");
        var table = new FeatureTable(keys.Length);
        var rowStart = new List<int> { 0 };
        var cls = new List<byte>();
        var kept = new List<float>();
        for (var row = 0; row < keys.Length; row++)
        {
            var before = kept.Count;
            for (var k = 0; k < classes; k++)
            {
                var w = weights[row * classes + k];
                if (Math.Abs(w) < minWeight) continue;
                cls.Add((byte)k);
                kept.Add(w);
            }
            if (kept.Count == before) continue;
            table.GetOrAdd(keys[row]);
            rowStart.Add(kept.Count);
        }
        return new LinearModel(classes, table, rowStart.ToArray(), cls.ToArray(), kept.ToArray());
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
