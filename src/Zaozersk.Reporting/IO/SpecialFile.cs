using System.Runtime.InteropServices;
using System.Text;
using Zaozersk.Reporting.Localization;

namespace Zaozersk.Reporting.IO;

/// <summary>
/// Tells a named pipe (FIFO) or a socket from a file before it is opened: opening a pipe that no
/// program writes to waits forever (a <c>batch</c> folder holding a pipe named <c>*.json</c> would
/// never finish), and a socket cannot be opened at all. .NET reports neither as such, so on Linux the
/// file's type is asked of the system (statx); elsewhere the check is skipped. Devices are read as
/// files are, within the input size limit (an endless <c>/dev/zero</c> is refused as too large).
/// </summary>
internal static class SpecialFile
{
    private const int CurrentFolder = -100;
    private const uint TypeField = 0x1;
    private const int ModeOffset = 28;
    private const int TypeMask = 0xF000;
    private const int Fifo = 0x1000;
    private const int Socket = 0xC000;

    /// <summary>Why <paramref name="path"/> is no input, in words for a diagnostic, or null when it may be read.</summary>
    public static string? Problem(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var buffer = new byte[256];
        try
        {
            if (StatX(CurrentFolder, Encoding.UTF8.GetBytes(path + "\0"), 0, TypeField, buffer) != 0)
            {
                return null;
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }

        return (BitConverter.ToUInt16(buffer, ModeOffset) & TypeMask) switch
        {
            Fifo => Localized.Text(
                "it is a named pipe (FIFO), not a file; reading it would wait for a program to write to it; give the path of a file",
                "это именованный канал, а не файл: чтение ждало бы, пока в него начнет писать другая программа; укажите путь к файлу"),
            Socket => Localized.Text("it is a socket, not a file; give the path of a file", "это сокет, а не файл; укажите путь к файлу"),
            _ => null,
        };
    }

    // statx(2) from the C library: its result has the same layout on every Linux architecture, unlike stat's.
    [DllImport("libc", EntryPoint = "statx", SetLastError = false)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int StatX(int folder, byte[] path, int flags, uint mask, byte[] result);
}
