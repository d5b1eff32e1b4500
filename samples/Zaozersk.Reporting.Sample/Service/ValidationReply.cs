namespace Zaozersk.Reporting.Sample.Service;

/// <summary>The answer of <c>POST /api/validate</c>.</summary>
/// <param name="Valid">True when the document has no errors and can be rendered (warnings never block).</param>
/// <param name="Errors">How many errors.</param>
/// <param name="Warnings">How many warnings.</param>
/// <param name="Document">What the document holds, when it could be read.</param>
/// <param name="Diagnostics">Every finding, with its JSON path, line and column.</param>
internal sealed record ValidationReply(bool Valid, int Errors, int Warnings, DocumentSummary? Document, IReadOnlyList<DiagnosticReply> Diagnostics);
