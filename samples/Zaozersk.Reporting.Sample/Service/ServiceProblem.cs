namespace Zaozersk.Reporting.Sample.Service;

/// <summary>
/// An error answer, <c>application/problem+json</c> (RFC 9457), carrying the diagnostics when the
/// input is at fault; never a stack trace.
/// </summary>
/// <param name="Type">A URI naming the kind of problem (<c>urn:zaozersk-reporting:problem:not-json</c> …); stable, safe to match on.</param>
/// <param name="Title">The kind of problem in words, in the request's language.</param>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Detail">What went wrong with this request and what to do, in the request's language.</param>
/// <param name="Instance">The route asked for.</param>
/// <param name="RequestId">The request's <c>X-Request-Id</c>, to find its log line.</param>
/// <param name="Diagnostics">The input's findings (JSON path, line, column), when the input is at fault.</param>
internal sealed record ServiceProblem(string Type, string Title, int Status, string Detail, string Instance, string RequestId, IReadOnlyList<DiagnosticReply>? Diagnostics = null);
