using System.Text;
using Guidance.Model;

namespace Guidance.Write;

/// <summary>
/// The write stage. The site is written to a fresh folder beside the target and swapped in only when
/// every file is written, so a failed build leaves the last good output exactly as it was.
/// </summary>
public static class OutputWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string outDir, IReadOnlyList<OutputFile> files)
    {
        var target = Path.GetFullPath(outDir);
        var parent = Path.GetDirectoryName(target) ?? throw new OutputException($"cannot write to '{outDir}'");
        var name = Path.GetFileName(target);
        var staging = Path.Combine(parent, $".{name}.building-{Environment.ProcessId}");
        var retired = Path.Combine(parent, $".{name}.previous-{Environment.ProcessId}");

        try
        {
            Directory.CreateDirectory(parent);
            DeleteIfExists(staging);
            Directory.CreateDirectory(staging);
            foreach (var dir in files.Select(f => Path.GetDirectoryName(f.Path)).Where(d => !string.IsNullOrEmpty(d)).Distinct())
                Directory.CreateDirectory(Path.Combine(staging, dir!));
            Parallel.ForEach(files, file =>
            {
                var path = Path.Combine(staging, file.Path);
                if (file.CopyFrom is not null) File.Copy(file.CopyFrom, path, overwrite: true);
                else File.WriteAllText(path, file.Text, Utf8);
            });

            // Swap: the old output moves aside, the new one takes its name, the old one goes.
            DeleteIfExists(retired);
            if (Directory.Exists(target)) Directory.Move(target, retired);
            Directory.Move(staging, target);
            DeleteIfExists(retired);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(staging);
            if (!Directory.Exists(target) && Directory.Exists(retired)) Directory.Move(retired, target);
            throw new OutputException($"cannot write the site to '{outDir}': {ex.Message}");
        }
    }

    private static void DeleteIfExists(string dir)
    {
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
    }

    private static void TryDelete(string dir)
    {
        try { DeleteIfExists(dir); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>The output could not be written (exit code 2).</summary>
public sealed class OutputException(string message) : Exception(message);
