using Zaozersk.Reporting.Localization;

namespace Zaozersk.Reporting.IO;

/// <summary>
/// Reads a whole input, but never more than a limit: an endless stream (a device, a pipe that
/// never closes) or a huge file must end in a clear error, not in running out of memory.
/// </summary>
internal static class BoundedInput
{
    /// <summary>The default maximum input size: 64 MB, about 100 times the largest real report.</summary>
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    /// <summary>The stream's bytes, or null when it holds more than <paramref name="maxBytes"/>; the caller disposes them.</summary>
    public static Task<InputBuffer?> ReadAsync(Stream stream, long maxBytes, CancellationToken cancellationToken) =>
        InputBuffer.ReadAsync(stream, maxBytes, cancellationToken);

    /// <summary>
    /// The file's bytes (the caller disposes them), or why they cannot be had, in words for a diagnostic: a folder, a missing
    /// file or folder, no access, other I/O errors, or more than <paramref name="maxBytes"/>.
    /// </summary>
    public static async Task<(InputBuffer? Bytes, string? Problem)> ReadFileAsync(string path, long maxBytes, CancellationToken cancellationToken)
    {
        try
        {
            if (Directory.Exists(path))
            {
                return (null, Localized.Text("it is a folder, not a file", "это папка, а не файл"));
            }

            if (SpecialFile.Problem(path) is { } special)
            {
                return (null, special);
            }

            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
            var bytes = await ReadAsync(stream, maxBytes, cancellationToken).ConfigureAwait(false);
            return bytes is null ? (null, TooLarge(maxBytes)) : (bytes, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // Named by kind of failure, in our words: the runtime's own message is in its language, not the user's.
            var reason = ex switch
            {
                FileNotFoundException => Localized.Text("the file does not exist", "такого файла нет"),
                DirectoryNotFoundException => Localized.Text("the folder does not exist", "такой папки нет"),
                UnauthorizedAccessException => Localized.Text("access to the file is denied", "нет доступа к файлу"),
                PathTooLongException => Localized.Text("the path is too long", "слишком длинный путь к файлу"),
                ArgumentException or NotSupportedException => Localized.Text("the path is not a valid file path", "путь к файлу записан неверно"),
                _ => Localized.Text(
                    "the system could not read it (the file may be open in another program, or the disk or network is unavailable)",
                    "система не смогла его прочитать (файл может быть занят другой программой, либо недоступен диск или сеть)"),
            };
            return (null, Localized.Text("cannot read the file: ", "не удается прочитать файл: ") + reason);
        }
    }

    /// <summary>A size for messages: «64 MB» when a whole number of megabytes, else bytes, in the message language.</summary>
    public static string Describe(long bytes)
    {
        if (bytes % (1024 * 1024) == 0)
        {
            var megabytes = MessageNumber.Count(bytes / (1024 * 1024));
            return Localized.Text($"{megabytes} MB", $"{megabytes} МБ");
        }

        var count = MessageNumber.Count(bytes);
        return Localized.Text($"{count} bytes", $"{count} {MessageNumber.RussianNoun(bytes, "байт", "байта", "байт")}");
    }

    /// <summary>The message for an input over the limit.</summary>
    public static string TooLarge(long maxBytes) => Localized.Text(
        $"the input is larger than the maximum input size of {Describe(maxBytes)}; raise the limit if the file is really this large",
        $"входные данные больше предельного размера ({Describe(maxBytes)}); если файл действительно такой большой, поднимите предел");
}
