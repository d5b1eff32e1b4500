namespace Zaozersk.Reporting.Documents;

/// <summary>A named paragraph style (it becomes a real Word style), optionally based on another.</summary>
/// <param name="Id">Identifier used by paragraphs, e.g. «table-text».</param>
/// <param name="Name">Display name shown in Word's style list.</param>
/// <param name="BasedOn">Identifier of the parent style, or null for the document defaults.</param>
/// <param name="Paragraph">Paragraph properties this style sets.</param>
/// <param name="Run">Character properties this style sets.</param>
internal sealed record ParagraphStyle(string Id, string Name, string? BasedOn, ParagraphFormat Paragraph, RunFormat Run);
