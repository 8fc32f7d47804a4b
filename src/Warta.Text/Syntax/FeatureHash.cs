namespace Warta.Text.Syntax;

/// <summary>
/// Deterministic hashing of feature atoms (strings, ids: 64 bits) and their combination into
/// 32-bit feature keys. Never <see cref="string.GetHashCode()"/>: it is randomised per process, and model
/// files must mean the same in every run.
/// </summary>
internal static class FeatureHash
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    /// <summary>FNV-1a over the characters, finished with a mixer.</summary>
    public static long Chars(ReadOnlySpan<char> text)
    {
        var h = 14695981039346656037UL;
        foreach (var c in text)
        {
            h ^= c;
            h *= 1099511628211UL;
        }
        return (long)Finish(h);
    }

    /// <summary>A feature key: template id combined with one atom.</summary>
    public static long Key(int template, long a) => NonZero(Finish(Step(Seed(template), a)));

    public static long Key(int template, long a, long b) => NonZero(Finish(Step(Step(Seed(template), a), b)));

    public static long Key(int template, long a, long b, long c) => NonZero(Finish(Step(Step(Step(Seed(template), a), b), c)));

    public static long Key(int template, long a, long b, long c, long d) =>
        NonZero(Finish(Step(Step(Step(Step(Seed(template), a), b), c), d)));

    private static ulong Seed(int template) => (ulong)(template + 1) * Golden;

    private static ulong Step(ulong h, long v) => Finish(h ^ ((ulong)v + Golden + (h << 6) + (h >> 2)));

    /// <summary>The finaliser of SplitMix64.</summary>
    private static ulong Finish(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    // Keys are 32-bit (in [1, 2^32)): sorted, they are stored as small deltas; 0 marks an empty slot
    // of a feature table. A chance collision merges two rare features and is harmless.
    private static long NonZero(ulong h) => (h >> 32) == 0 ? 1 : (long)(h >> 32);
}

/// <summary>A small deterministic PRNG (SplitMix64) for shuffling training data.</summary>
internal sealed class SplitMix(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, n).</summary>
    public int Below(int n) => (int)(Next() % (ulong)n);

    /// <summary>Uniform in [0, 1).</summary>
    public double Unit() => (Next() >> 11) * (1.0 / (1UL << 53));

    public void Shuffle<T>(T[] items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = Below(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
