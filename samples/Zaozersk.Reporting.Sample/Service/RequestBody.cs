using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Zaozersk.Reporting.Localization;

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
    /// The media type quoted, without its parameters (<c>'multipart/form-data'</c>, not its boundary), whole as
    /// it is a token; a header that does not parse is quoted as sent, shortened; null when there is none.
    /// </summary>
    public static string? QuotedMediaTypeOf(HttpRequest request) =>
        string.IsNullOrWhiteSpace(request.ContentType) ? null
        : MediaTypeHeaderValue.TryParse(request.ContentType, out var type) ? "'" + type.MediaType.ToString() + "'"
        : QuotedText.Quote(request.ContentType);

    /// <summary>The declared charset when it is not UTF-8 (or ASCII, a part of it): JSON between systems is UTF-8 (RFC 8259).</summary>
    public static string? ForeignCharset(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.Charset.HasValue)
        {
            return null;
        }

        var charset = HeaderUtilities.RemoveQuotes(type.Charset).ToString().Trim();
        return charset.Length == 0 || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase) || charset.Equals("us-ascii", StringComparison.OrdinalIgnoreCase)
            ? null
            : charset;
    }

    /// <summary>
    /// How the body is compressed (gzip, br …), and the header saying so, when it is: the service reads
    /// bodies as they are. Kestrel undoes only the chunked transfer coding and passes any other on unread.
    /// </summary>
    public static (string Coding, string Header)? Compression(HttpRequest request)
    {
        var encoding = request.Headers.ContentEncoding.ToString().Trim();
        if (encoding.Length > 0 && !encoding.Equals("identity", StringComparison.OrdinalIgnoreCase))
        {
            return (encoding, "Content-Encoding");
        }

        var transfer = request.Headers.TransferEncoding.ToString()
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(c => !c.Equals("chunked", StringComparison.OrdinalIgnoreCase) && !c.Equals("identity", StringComparison.OrdinalIgnoreCase))
            .ToList();
        return transfer.Count > 0 ? (string.Join(", ", transfer), "Transfer-Encoding") : null;
    }

    /// <summary>
    /// True when the request carries no body: a length of 0 declared, or, without a content type, nothing
    /// to read (one byte is tried; a body of the wrong type is refused either way).
    /// </summary>
    public static async Task<bool> IsEmptyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength == 0)
        {
            return true;
        }

        return request.ContentLength is null && string.IsNullOrWhiteSpace(request.ContentType)
            && await request.Body.ReadAsync(new byte[1], cancellationToken) == 0;
    }

    /// <summary>What a body is when its first bytes say it is a document rather than text: a ZIP (a .docx), a PDF, an old Word file.</summary>
    public static BinaryKind? BinaryKindOf(MemoryStream body)
    {
        var head = body.GetBuffer().AsSpan(0, (int)Math.Min(body.Length, 8));
        return head switch
        {
            [(byte)'P', (byte)'K', 3, 4, ..] => BinaryKind.Zip,
            [(byte)'%', (byte)'P', (byte)'D', (byte)'F', ..] => BinaryKind.Pdf,
            [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] => BinaryKind.OldWord,
            _ => null,
        };
    }

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
