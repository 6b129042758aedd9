namespace Guidance.Model;

/// <summary>
/// The one test of whether a path taken from the content (an alias, a page id, a static file's name)
/// may become a file of the built site. A path that passes names a file strictly inside the output
/// folder on Linux, macOS and Windows alike: no segment climbs (<c>..</c>) or stands still (<c>.</c>),
/// none hides a separator (a backslash, or one percent-encoded) or a NUL, none holds a character Windows
/// refuses in a file name or one that ends a browser's address (<c>#</c>, <c>?</c>), and none is a Windows device
/// name (<c>con</c>, <c>nul</c>, <c>aux</c>, ...), which Windows opens as a device wherever it stands.
/// The writer checks every path again (Write/OutputPaths); this is the check that can say where in the
/// content the path came from.
/// </summary>
public static class SafePath
{
    private static readonly HashSet<string> DeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "con", "prn", "aux", "nul", "conin$", "conout$",
        "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    /// <summary>What a server may decode into '/', '\', '.' or NUL after the path was checked.</summary>
    private static readonly string[] EncodedSeparators = ["%2f", "%5c", "%2e", "%00"];

    /// <summary>Why <paramref name="path"/> (relative, '/'-separated, a trailing '/' allowed) is unsafe; null when it is safe.</summary>
    public static string? Problem(string path)
    {
        if (path.Length == 0) return null;
        if (path.StartsWith('/')) return "it starts with '/' where a relative path belongs";
        foreach (var c in path)
        {
            if (c == '\\') return "it holds a backslash, which Windows reads as a folder separator";
            if (c == '\0') return "it holds a NUL character";
            if (char.IsControl(c)) return "it holds a control character";
            if (c == ':') return "it holds ':', which Windows reads as a drive or a stream name";
            if (c is '#' or '?') return $"it holds '{c}', where a browser's address ends and a {(c == '#' ? "section" : "query")} begins, so no link could reach it";
            if (c is '<' or '>' or '"' or '|' or '*') return $"it holds '{c}', which Windows does not allow in a file name";
        }
        foreach (var encoded in EncodedSeparators)
            if (path.Contains(encoded, StringComparison.OrdinalIgnoreCase))
                return $"it holds '{encoded}', a percent-encoded separator, dot or NUL";
        var trimmed = path.EndsWith('/') ? path[..^1] : path;
        foreach (var segment in trimmed.Split('/'))
        {
            if (segment.Length == 0) return "it holds an empty segment ('//')";
            if (segment is "." or "..") return $"it holds a '{segment}' segment, which would climb out of or stand still in its folder";
            if (segment.EndsWith('.') || segment.EndsWith(' ')) return $"its segment '{segment}' ends with a dot or a space, which Windows drops";
            if (IsDeviceName(segment)) return $"'{segment}' is a Windows device name";
        }
        return null;
    }

    /// <summary>True for <c>con</c>, <c>NUL</c>, <c>aux.html</c>: a name Windows treats as a device, whatever its extension.</summary>
    public static bool IsDeviceName(string segment)
    {
        var dot = segment.IndexOf('.');
        return DeviceNames.Contains(dot < 0 ? segment : segment[..dot]);
    }
}
