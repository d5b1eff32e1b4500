using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Zaozersk.Reporting.Sample.Service;

/// <summary>The page for officials at <c>/</c>: plain HTML, CSS and JavaScript kept in the assembly, nothing fetched from elsewhere.</summary>
internal static class WebPage
{
    private static readonly (string Route, string Resource, string ContentType)[] Files =
    [
        ("/", "index.html", "text/html; charset=utf-8"),
        ("/page.css", "page.css", "text/css; charset=utf-8"),
        ("/page.js", "page.js", "text/javascript; charset=utf-8"),
    ];

    /// <summary>Maps the page and its two files, answering <paramref name="methods"/> (GET and HEAD).</summary>
    public static void Map(IEndpointRouteBuilder routes, string[] methods)
    {
        foreach (var (route, resource, contentType) in Files)
        {
            var bytes = Read(resource);
            routes.MapMethods(route, methods, (HttpContext context) =>
                {
                    // The page may only use itself: no scripts, styles or frames from anywhere else.
                    context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data: blob:; frame-src blob:; object-src blob:; base-uri 'none'; form-action 'none'";
                    context.Response.Headers.XContentTypeOptions = "nosniff";
                    context.Response.Headers.CacheControl = "no-cache";
                    return Results.Bytes(bytes, contentType);
                })
                .WithName("page" + route.Replace('/', '-').TrimEnd('-'))
                .WithSummary(route == "/" ? "The web page for officials (Russian)" : "A file of the web page")
                .WithMetadata(new ResponseFileDescription(route == "/" ? "The page." : "A file of the page.", contentType.Split(';')[0]));
        }
    }

    private static byte[] Read(string name)
    {
        using var stream = typeof(WebPage).Assembly.GetManifestResourceStream("Zaozersk.Reporting.Sample.Page." + name)
            ?? throw new InvalidOperationException("the page's file " + name + " is not in the assembly");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
