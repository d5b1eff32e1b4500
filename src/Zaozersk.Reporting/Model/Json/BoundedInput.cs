using System.Globalization;

namespace Zaozersk.Reporting.Model.Json;

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
                return (null, "it is a folder, not a file");
            }

            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
            var bytes = await ReadAsync(stream, maxBytes, cancellationToken).ConfigureAwait(false);
            return bytes is null ? (null, TooLarge(maxBytes)) : (bytes, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var reason = ex switch
            {
                FileNotFoundException => "the file does not exist",
                DirectoryNotFoundException => "the folder does not exist",
                UnauthorizedAccessException => "access to the file is denied",
                _ => ex.Message,
            };
            return (null, "cannot read the file: " + reason);
        }
    }

    /// <summary>A size for messages: «64 MB» when a whole number of megabytes, else bytes.</summary>
    public static string Describe(long bytes) => bytes % (1024 * 1024) == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024)} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes");

    /// <summary>The message for an input over the limit.</summary>
    public static string TooLarge(long maxBytes) =>
        $"the input is larger than the maximum input size of {Describe(maxBytes)}; raise the limit if the file is really this large";
}
