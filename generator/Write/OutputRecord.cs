using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace Guidance.Write;

/// <summary>
/// What one output folder holds: for each file, a hash of its bytes and the length and modified time
/// it had on disk when written. Kept beside the folder (<c>.output.files</c> for <c>output/</c>), so the
/// next build that reuses the folder can tell a file it would write again unchanged from its hash
/// alone, with one look at the file's length and time instead of reading it back.
/// <para>
/// The record is only trusted where the disk agrees with it: a file whose length or time differs
/// (edited by hand, or a record that belongs to another folder) is compared byte for byte instead.
/// </para>
/// </summary>
internal sealed class OutputRecord
{
    private const string Header = "guidance output record 1";
    private readonly ConcurrentDictionary<string, FileStamp> _files = new(StringComparer.Ordinal);

    public IEnumerable<string> Paths => _files.Keys;

    public bool Contains(string path) => _files.ContainsKey(path);

    public bool TryGet(string path, out FileStamp stamp) => _files.TryGetValue(path, out stamp);

    public void Set(string path, FileStamp stamp) => _files[path] = stamp;

    /// <summary>The record at <paramref name="path"/>, or null if it is missing or not one of ours.</summary>
    public static OutputRecord? Read(string path)
    {
        if (!File.Exists(path)) return null;
        var record = new OutputRecord();
        using var reader = new StreamReader(path, Encoding.UTF8);
        if (reader.ReadLine() != Header) return null;
        while (reader.ReadLine() is { } line)
        {
            // hash length ticks path: the path last, as it is the one part that may hold spaces.
            var parts = line.Split(' ', 4);
            if (parts.Length == 4 && UInt128.TryParse(parts[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hash)
                && long.TryParse(parts[1], CultureInfo.InvariantCulture, out var length) && long.TryParse(parts[2], CultureInfo.InvariantCulture, out var ticks))
                record._files[parts[3]] = new FileStamp(hash, length, ticks);
        }
        return record;
    }

    /// <summary>Writes the record, its files in path order so the same folder always gives the same record.</summary>
    public void Write(string path)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        writer.WriteLine(Header);
        foreach (var (file, stamp) in _files.OrderBy(f => f.Key, StringComparer.Ordinal))
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stamp.Hash:x32} {stamp.Length} {stamp.WrittenTicks} {file}"));
    }

    public static UInt128 Hash(ReadOnlySpan<byte> bytes) => XxHash128.HashToUInt128(bytes);
}

/// <summary>A file's hash, and the length and last-write time (UTC ticks) it had on disk.</summary>
internal readonly record struct FileStamp(UInt128 Hash, long Length, long WrittenTicks)
{
    /// <summary>True when the file on disk still has the length and time recorded.</summary>
    public bool Matches(FileInfo file) => file.Exists && file.Length == Length && file.LastWriteTimeUtc.Ticks == WrittenTicks;
}
