using System.Collections.Concurrent;
using Warta.Languages;

namespace Warta.Text.Syntax;

/// <summary>
/// What the binary model files (the parser's, the name tagger's) share: a language's shipped model loaded once from the
/// embedded data files, a header of magic bytes and version, lists of strings, and the bytes of a model.
/// </summary>
internal static class ModelFiles
{
    /// <summary>The shipped model of a language (loaded once into <paramref name="cache"/>), or null when none ships.</summary>
    public static T? Shipped<T>(ConcurrentDictionary<string, Lazy<T?>> cache, string language, string resourceName, Func<Stream, T> load)
        where T : class =>
        cache.GetOrAdd(language, _ => new Lazy<T?>(() =>
        {
            if (!DataFiles.Exists(resourceName)) return null;
            using var stream = DataFiles.Open(resourceName);
            return load(stream);
        })).Value;

    public static void WriteHeader(BinaryWriter writer, byte[] magic, int version)
    {
        writer.Write(magic);
        writer.Write(version);
    }

    /// <summary>Reads and checks the header: a file of another kind or version is refused with a clear message.</summary>
    public static void ReadHeader(BinaryReader reader, byte[] magic, int version, string what)
    {
        var found = reader.ReadBytes(magic.Length);
        if (!found.AsSpan().SequenceEqual(magic)) throw new InvalidDataException($"not a Warta {what} model (bad magic)");
        var v = reader.ReadInt32();
        if (v != version) throw new InvalidDataException($"{what} model version {v}, expected {version}");
    }

    public static void WriteStrings(BinaryWriter writer, IReadOnlyList<string> items)
    {
        writer.Write(items.Count);
        foreach (var item in items) writer.Write(item);
    }

    public static string[] ReadStrings(BinaryReader reader)
    {
        var items = new string[reader.ReadInt32()];
        for (var i = 0; i < items.Length; i++) items[i] = reader.ReadString();
        return items;
    }

    public static byte[] Bytes(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    public static T Load<T>(byte[] bytes, Func<Stream, T> load)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return load(stream);
    }
}
