namespace Guidance.Authoring;

/// <summary>Writes a page the authoring commands make (or a report), never replacing an author's file unless asked to.</summary>
public static class ContentFile
{
    public static void Write(string path, string text, bool replace) => Write(path, new System.Text.UTF8Encoding(false).GetBytes(text), replace);

    public static void Write(string path, byte[] bytes, bool replace)
    {
        if (File.Exists(path) && !replace)
            throw new AuthoringException($"'{path}' already exists; it was left as it was");
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            Directory.CreateDirectory(folder);
            // Through a temporary file, so a failed write leaves no half-written page behind.
            var temp = Path.Combine(folder, "." + Path.GetFileName(path) + ".tmp");
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, path, overwrite: replace);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new AuthoringException($"cannot write '{path}': {ex.Message}");
        }
    }
}
