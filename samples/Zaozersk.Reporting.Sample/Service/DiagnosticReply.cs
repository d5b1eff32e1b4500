
namespace Zaozersk.Reporting.Sample.Service;

/// <summary>One diagnostic as the service returns it: where the value is (JSON path, line, column) and what is wrong.</summary>
/// <param name="Code">The stable code, such as <c>ZR0143</c>.</param>
/// <param name="Severity"><c>error</c> (blocks rendering) or <c>warning</c>.</param>
/// <param name="Path">The JSON path of the value, such as <c>$.sections[2].items[2].execution</c>.</param>
/// <param name="Line">The 1-based line in the request body, when known.</param>
/// <param name="Column">The 1-based column (in characters), when known.</param>
/// <param name="Message">What is wrong and how to fix it, in the request's language.</param>
internal sealed record DiagnosticReply(string Code, string Severity, string Path, int? Line, int? Column, string Message)
{
    /// <summary>The library's diagnostic as a reply.</summary>
    public static DiagnosticReply From(Diagnostic diagnostic) => new(
        diagnostic.Code,
        diagnostic.IsError ? "error" : "warning",
        diagnostic.Path,
        diagnostic.Position?.Line,
        diagnostic.Position?.Column,
        diagnostic.Message);

    /// <summary>All of them, in the library's order.</summary>
    public static IReadOnlyList<DiagnosticReply> From(IEnumerable<Diagnostic> diagnostics) => [.. diagnostics.Select(From)];
}
