namespace Zaozersk.Reporting.Documents;

/// <summary>A line break inside a paragraph.</summary>
internal sealed record LineBreak : Inline;
