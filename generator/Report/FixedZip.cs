using System.IO.Compression;

namespace Guidance.Report;

/// <summary>
/// Rewrites a zip package (a .docx) with every entry's time set to one fixed moment, in the same
/// order: the packaging library stamps entries with the time they were written, and a report must
/// be the same bytes for the same content and date.
/// </summary>
internal static class FixedZip
{
    private static readonly DateTimeOffset Moment = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Repack(byte[] package)
    {
        using var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = Moment;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }
        return output.ToArray();
    }
}
