using Zaozersk.Reporting.Documents;

namespace Zaozersk.Reporting.Layout;

/// <summary>The document after pagination: its pages and its metadata.</summary>
internal sealed record LaidOutDocument(IReadOnlyList<LaidOutPage> Pages, DocumentInfo Info);
