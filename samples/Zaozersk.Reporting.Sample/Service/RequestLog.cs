using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Zaozersk.Reporting.Localization;

namespace Zaozersk.Reporting.Sample.Service;

/// <summary>
/// The first middleware: gives each request its <c>X-Request-Id</c> (the client's, when it sends a
/// sensible one, else a new one), returns it, writes one log line per request (method, route,
/// status, milliseconds, bytes, id), and turns any unexpected failure into a 500 problem without a stack trace.
/// </summary>
internal sealed partial class RequestLog(RequestDelegate next, ILogger<RequestLog> logger, ServiceState state)
{
    // The bytes are the answer's declared length, "?" for one streamed without it (the OpenAPI document).

    /// <summary>The header.</summary>
    public const string Header = "X-Request-Id";

    // A client's id is echoed only when it is short and printable: it goes into a log line and a header.
    private const int MaxIdLength = 128;

    /// <summary>The id of the request being answered.</summary>
    public static string IdOf(HttpContext context) => context.Items[Header] as string ?? context.TraceIdentifier;

    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var given = context.Request.Headers[Header].ToString();
        var id = given.Length is > 0 and <= MaxIdLength && given.All(c => c is > ' ' and < '\u007f') ? given : Guid.NewGuid().ToString("N");
        context.Items[Header] = id;
        context.Response.Headers[Header] = id;
        using var language = CurrentLanguage.Use(RequestLanguage.Of(context.Request, state.Settings.DefaultLanguage));
        var gone = false;
        try
        {
            await next(context);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException && !ClientGone(context, ex))
        {
            LogFailure(logger, id, ex.GetType().Name, ex.Message);
            await ServiceResponses.ProblemAsync(context, ProblemKind.Unexpected, Localized.Text(
                $"the service failed unexpectedly; please report it with the request id {id} and the input",
                $"непредвиденный сбой службы; сообщите о нем разработчикам, указав номер запроса {id} и приложив входной файл"));
        }
        catch (Exception ex) when (ClientGone(context, ex))
        {
            // The client went away (closed, or reset the connection mid-body): nothing to answer, and the line says 499.
            gone = true;
            context.Abort();
        }
        finally
        {
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.ToString();

            // 499: the client closed the connection before its answer (nginx's code), so the line says so.
            var status = gone || context.RequestAborted.IsCancellationRequested ? 499 : context.Response.StatusCode;
            LogRequest(logger, context.Request.Method, TerminalLine.Of(route), status, Stopwatch.GetElapsedTime(started).TotalMilliseconds, context.Response.ContentLength?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?", id);
        }
    }

    private static bool ClientGone(HttpContext context, Exception exception) =>
        context.RequestAborted.IsCancellationRequested || exception is Microsoft.AspNetCore.Connections.ConnectionResetException;

    [LoggerMessage(1, LogLevel.Information, "{Method} {Route} {Status} {Milliseconds:0.0} ms {Bytes} B id={RequestId}")]
    private static partial void LogRequest(ILogger logger, string method, string route, int status, double milliseconds, string bytes, string requestId);

    [LoggerMessage(2, LogLevel.Error, "request {RequestId} failed unexpectedly: {Kind}: {Message}")]
    private static partial void LogFailure(ILogger logger, string requestId, string kind, string message);
}
