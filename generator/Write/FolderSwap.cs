using System.Runtime.InteropServices;

namespace Guidance.Write;

/// <summary>
/// Exchanges two folders' names in one step, so a reader of either name never finds it missing:
/// Linux's renameat2 with RENAME_EXCHANGE. Elsewhere (or on a file system without it) the caller
/// falls back to two renames, which leave the output's name empty for the moment between them.
/// </summary>
internal static partial class FolderSwap
{
    private const int AtCurrentDirectory = -100;
    private const uint RenameExchange = 2;

    /// <summary>True when the two folders (full paths) have swapped names; false when the system cannot do it in one step.</summary>
    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            return RenameAt2(AtCurrentDirectory, first, AtCurrentDirectory, second, RenameExchange) == 0;
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return false; // a C library older than glibc 2.28 or musl without renameat2
        }
    }

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);
}
