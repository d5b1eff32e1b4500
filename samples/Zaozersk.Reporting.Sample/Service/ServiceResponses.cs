using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Zaozersk.Reporting.Localization;

namespace Zaozersk.Reporting.Sample.Service;

/// <summary>Writes the service's answers: JSON replies and problem details.</summary>
internal static class ServiceResponses
{
    /// <summary>The media type of every error answer (RFC 9457).</summary>
    public const string ProblemJson = "application/problem+json";

    /// <summary>
    /// Writes <paramref name="value"/> as JSON with <paramref name="status"/>; a <paramref name="worded"/>
    /// reply (messages, titles) says its language in <c>Content-Language</c>, and that it varies with <c>Accept-Language</c>.
    /// </summary>
    public static async Task JsonAsync<T>(HttpContext context, int status, T value, JsonTypeInfo<T> info, string contentType = "application/json; charset=utf-8", bool worded = false)
    {
        if (worded)
        {
            context.Response.Headers.ContentLanguage = CurrentLanguage.IsRussian ? "ru" : "en";
            context.Response.Headers.Vary = "Accept-Language";
        }

        // Written whole with its length: the log line counts the bytes, and a client sees a complete answer or none.
        var bytes = JsonSerializer.SerializeToUtf8Bytes(value, info);
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    /// <summary>
    /// Writes a problem of <paramref name="kind"/> with <paramref name="detail"/> and, when the input is at fault, its diagnostics;
    /// <paramref name="retryAfter"/> and <paramref name="allow"/> become the headers of the same names.
    /// </summary>
    public static Task ProblemAsync(HttpContext context, ProblemKind kind, string detail, IEnumerable<Diagnostic>? diagnostics = null, TimeSpan? retryAfter = null, string? allow = null)
    {
        if (context.Response.HasStarted)
        {
            // Too late for a status: the client sees the answer cut short, as it should.
            context.Abort();
            return Task.CompletedTask;
        }

        context.Response.Clear();
        context.Response.Headers[RequestLog.Header] = RequestLog.IdOf(context);
        if (retryAfter is { } wait)
        {
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (allow is not null)
        {
            context.Response.Headers.Allow = allow;
        }

        context.Response.Headers.CacheControl = "no-store";
        var problem = new ServiceProblem(
            kind.Type,
            kind.Title,
            kind.Status,
            detail,
            context.Request.Path,
            RequestLog.IdOf(context),
            diagnostics is null ? null : DiagnosticReply.From(diagnostics));
        return JsonAsync(context, kind.Status, problem, ServiceJsonContext.Replies.ServiceProblem, ProblemJson + "; charset=utf-8", worded: true);
    }

    /// <summary>An ETag from the bytes themselves: the same input and options always give the same bytes, so the same tag.</summary>
    public static string EntityTag(ReadOnlySpan<byte> bytes) =>
        "\"" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)) + "\"";

    /// <summary>Whether the client's <c>If-None-Match</c> already names <paramref name="entityTag"/>.</summary>
    public static bool ClientHas(HttpRequest request, string entityTag) =>
        EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags)
        && tags.Any(t => t.Tag.Equals(entityTag, StringComparison.Ordinal) || t.Tag.Equals("*", StringComparison.Ordinal));
}
