using Microsoft.AspNetCore.Http;
using Zaozersk.Reporting.Localization;

namespace Zaozersk.Reporting.Sample.Service;

/// <summary>
/// Answers what routing leaves bare, in the service's own form: an address with no route is 404, a
/// method the address does not take is 405 with <c>Allow</c>, both <c>application/problem+json</c>
/// (routing alone answers them with an empty body); <c>OPTIONS</c> is 204 with <c>Allow</c>.
/// </summary>
internal sealed class UnroutedRequests(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);
        var response = context.Response;

        // A route's own answer always has a content type; routing's 404 and 405 have none.
        if (response.HasStarted || response.ContentType is not null || response.StatusCode is not (StatusCodes.Status404NotFound or StatusCodes.Status405MethodNotAllowed))
        {
            return;
        }

        var request = context.Request;
        var asked = QuotedText.Quote(request.Method + " " + ReadablePath(request));
        if (response.StatusCode == StatusCodes.Status404NotFound)
        {
            await ServiceResponses.ProblemAsync(context, ProblemKind.NotFound, Localized.Text(
                $"there is no {asked}; the routes are listed at /openapi/v1.json",
                $"адреса {asked} нет; все адреса перечислены в /openapi/v1.json"));
            return;
        }

        var allowed = Allowed(response.Headers.Allow);
        if (HttpMethods.IsOptions(request.Method))
        {
            // What this address takes; a preflight from another site gets no CORS headers, so a browser keeps to its rules.
            response.StatusCode = StatusCodes.Status204NoContent;
            response.Headers.Allow = allowed;
            return;
        }

        var methods = string.Join(", ", allowed.Split(", ").Select(QuotedText.Quote));
        await ServiceResponses.ProblemAsync(context, ProblemKind.MethodNotAllowed, Localized.Text(
            $"{asked}: this address takes only {methods}",
            $"{asked}: этот адрес принимает только {methods}"), allow: allowed);
    }

    /// <summary>The path as the client meant it: %-encoded letters (Cyrillic …) decoded; the quoting shows control characters as \uXXXX.</summary>
    private static string ReadablePath(HttpRequest request) => request.PathBase.Value + request.Path.Value;

    /// <summary>Routing's list of methods, with HEAD beside GET and OPTIONS, which every address answers.</summary>
    private static string Allowed(string? routed)
    {
        var methods = (routed ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        if (methods.Contains(HttpMethods.Get, StringComparer.OrdinalIgnoreCase) && !methods.Contains(HttpMethods.Head, StringComparer.OrdinalIgnoreCase))
        {
            methods.Add(HttpMethods.Head);
        }

        methods.Add(HttpMethods.Options);
        return string.Join(", ", methods.Distinct(StringComparer.OrdinalIgnoreCase));
    }
}
