using System.Diagnostics;
using System.Globalization;

namespace Guidance.Write;

/// <summary>
/// A build killed before its swap leaves its staging folder (<c>.output.building-PID</c>) behind. The
/// next build removes those whose process is gone, and leaves a running build's own alone.
/// </summary>
internal static class DeadBuilds
{
    public static void Clear(string parent, string outputName)
    {
        var prefix = $".{outputName}.building-";
        foreach (var folder in Directory.EnumerateDirectories(parent, prefix + "*"))
        {
            var pid = Path.GetFileName(folder)[prefix.Length..];
            if (int.TryParse(pid, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id != Environment.ProcessId && !IsRunning(id))
                ParallelFiles.DeleteTree(folder);
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false; // no such process
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
