using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Zaozersk.Reporting.Sample.Service;

/// <summary>Reads a request body whole, never more than the input size limit, and checks its content type.</summary>
internal static class RequestBody
{
    /// <summary>The media type of a Word document.</summary>
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>application/json, text/json or any <c>+json</c> type, with or without a charset.</summary>
    public static bool IsJson(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || type.MediaType.Equals("text/json", StringComparison.OrdinalIgnoreCase)
            || type.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));

    /// <summary>A Word document sent as the body itself: its own media type or application/octet-stream.</summary>
    public static bool IsDocx(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && (type.MediaType.Equals(Docx, StringComparison.OrdinalIgnoreCase)
            || type.MediaType.Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The body, or null when it is longer than <paramref name="maxBytes"/>: a declared length past it is
    /// refused before reading, and an undeclared one is read just past the limit, no further.
    /// </summary>
    public static async Task<MemoryStream?> ReadAsync(Stream body, long? declaredLength, long maxBytes, CancellationToken cancellationToken)
    {
        if (declaredLength > maxBytes)
        {
            return null;
        }

        var buffer = new MemoryStream(declaredLength is { } length ? (int)Math.Min(length, int.MaxValue) : 64 * 1024);
        var chunk = new byte[81920];
        int read;
        try
        {
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel's own bound on the body (the limit plus room for a form's headers).
            return null;
        }

        buffer.Position = 0;
        return buffer;
    }
}
