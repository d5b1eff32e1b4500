using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Zaozersk.Reporting.Sample.Service;

/// <summary>The language of one request's messages: from its <c>Accept-Language</c>, else the service's default.</summary>
internal static class RequestLanguage
{
    /// <summary>
    /// Russian when the most preferred language of <c>Accept-Language</c> is Russian (<c>ru</c>, <c>ru-RU</c>),
    /// English when it is any other; <paramref name="fallback"/> when the header is absent or names none.
    /// </summary>
    public static MessageLanguage Of(HttpRequest request, MessageLanguage fallback)
    {
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage, out var languages))
        {
            return fallback;
        }

        var first = languages
            .Where(l => l.Quality is not 0 && l.Value.Length > 0 && l.Value != "*")
            .OrderByDescending(l => l.Quality ?? 1)
            .FirstOrDefault();
        return first is null
            ? fallback
            : first.Value.Value!.StartsWith("ru", StringComparison.OrdinalIgnoreCase) ? MessageLanguage.Russian : MessageLanguage.English;
    }
}
