using System.Text.Json;

namespace Zaozersk.Reporting.Sample.Service;

/// <summary>The answer of <c>POST /api/import</c>: the JSON the Word document became, and what the import noticed.</summary>
/// <param name="Complete">True when the JSON renders as it is; false when values listed as errors must be filled in first.</param>
/// <param name="Summary">What was recognised: kind, organisation, sections, measures, signatories.</param>
/// <param name="Document">The plan or report as JSON, in the format <c>render</c> reads.</param>
/// <param name="Diagnostics">The import's warnings, and the values to fill in (errors) with their JSON paths.</param>
internal sealed record ImportReply(bool Complete, DocumentSummary Summary, JsonElement Document, IReadOnlyList<DiagnosticReply> Diagnostics);
