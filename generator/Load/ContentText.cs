using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Guidance.Diagnostics;
using Guidance.Model;

namespace Guidance.Load;

/// <summary>
/// Turns a content file's bytes into text. Content is UTF-8 (a byte-order mark for UTF-8, UTF-16 or
/// UTF-32 is honoured). Bytes that are not UTF-8 are an error at their line and column (GV040) that
/// names the encoding the file most likely has and how to convert it, rather than a page full of
/// replacement characters; control characters other than tab and line breaks, which no author types
/// on purpose and which would pass into the HTML, are an error too (GV041). The text is still
/// returned, decoded as well as can be, so every other problem of the file is reported in the same run.
/// </summary>
internal static class ContentText
{

    /// <summary>C0 controls but tab, line feed and carriage return; DEL; the C1 controls.</summary>
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c).ToArray());

    public static string Decode(byte[] bytes, string display, DiagnosticBag diagnostics)
    {
        var text = DecodeBytes(bytes, display, diagnostics);
        var control = text.AsSpan().IndexOfAny(Controls);
        if (control >= 0)
        {
            var (line, column) = LineAndColumn(text, control);
            var more = CountControls(text.AsSpan(control + 1));
            diagnostics.Report(Codes.ControlCharacter, new SourceLocation(display, line, column),
                $"the file holds the control character U+{(int)text[control]:X4}{(more > 0 ? $" (and {more} more)" : "")}, which cannot be published",
                "Delete it: such characters usually come from pasting out of another program. Only tabs and line breaks are allowed");
        }
        return text;
    }

    private static string DecodeBytes(byte[] bytes, string display, DiagnosticBag diagnostics)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) span = span[3..];
        else if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || span.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]))
        {
            // A UTF-16 or UTF-32 mark is rare in Markdown: the reader that detects marks decodes the bytes read.
            using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }
        // UTF-16 of Latin text is valid UTF-8 byte by byte (its zeros are NULs), so it is looked for first.
        if (span.Contains((byte)0) && Utf16Guess(span) is { } utf16)
        {
            diagnostics.Report(Codes.NotUtf8, new SourceLocation(display, 1, 1),
                $"the file is saved as {utf16.WebName.ToUpperInvariant()} without a byte-order mark, not as UTF-8",
                "Save it as UTF-8 (in Notepad: File, Save As, Encoding: UTF-8; or run: iconv -f UTF-16 -t UTF-8 old.md > new.md)");
            return utf16.GetString(span);
        }

        if (Utf8.IsValid(span)) return Encoding.UTF8.GetString(span);

        Utf8.ToUtf16(span, new char[span.Length], out var validBytes, out _, replaceInvalidSequences: false);
        var prefix = Encoding.UTF8.GetString(span[..validBytes]);
        var (line, column) = LineAndColumn(prefix, prefix.Length);
        var bad = span[validBytes];
        var likely = bad is >= 0x80 and <= 0x9F
            ? "Windows-1252 (as Word and older Windows programs save: curly quotes and dashes)"
            : "Windows-1252 or ISO-8859-1 (Latin-1)";
        diagnostics.Report(Codes.NotUtf8, new SourceLocation(display, line, column),
            $"the file is not valid UTF-8: byte 0x{bad:X2} here is not UTF-8, and the file is most likely {likely}",
            "Save it as UTF-8 (in Notepad: File, Save As, Encoding: UTF-8; or run: iconv -f WINDOWS-1252 -t UTF-8 old.md > new.md)");
        return Encoding.UTF8.GetString(span);
    }

    /// <summary>
    /// UTF-16 text of Latin letters has a zero in every other byte; UTF-8 text has none. Little- or
    /// big-endian by which byte of each pair is zero.
    /// </summary>
    private static Encoding? Utf16Guess(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 1024) & ~1)];
        if (sample.Length < 4) return null;
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            if (sample[i] == 0) evenZeros++;
            if (sample[i + 1] == 0) oddZeros++;
        }
        var pairs = sample.Length / 2;
        if (oddZeros * 3 > pairs * 2 && evenZeros * 10 < pairs) return Encoding.Unicode;
        if (evenZeros * 3 > pairs * 2 && oddZeros * 10 < pairs) return Encoding.BigEndianUnicode;
        return null;
    }

    private static int CountControls(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var at = text.IndexOfAny(Controls); at >= 0; at = text.IndexOfAny(Controls))
        {
            count++;
            text = text[(at + 1)..];
        }
        return count;
    }

    /// <summary>The 1-based line and column of the character at <paramref name="index"/>.</summary>
    private static (int Line, int Column) LineAndColumn(string text, int index)
    {
        var before = text.AsSpan(0, index);
        var lineStart = before.LastIndexOf('\n') + 1;
        return (before.Count('\n') + 1, index - lineStart + 1);
    }
}
