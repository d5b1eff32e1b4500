namespace Zaozersk.Reporting.Documents;

/// <summary>Inline content of a paragraph: text, line break, link or field.</summary>
internal abstract record Inline;
