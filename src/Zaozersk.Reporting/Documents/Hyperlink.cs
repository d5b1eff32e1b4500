namespace Zaozersk.Reporting.Documents;

/// <summary>A link to an external http(s) address around inline content.</summary>
internal sealed record Hyperlink(Uri Target, IReadOnlyList<Inline> Inlines) : Inline;
