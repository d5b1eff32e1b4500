namespace Zaozersk.Reporting.Documents;

/// <summary>A paragraph: a style, direct overrides of it, and inline content.</summary>
internal sealed record Paragraph(IReadOnlyList<Inline> Inlines) : Block
{
    /// <summary>Identifier of a style in the document's <see cref="StyleSheet"/>, or null for the defaults.</summary>
    public string? StyleId { get; init; }

    /// <summary>Paragraph properties set on this paragraph only.</summary>
    public ParagraphFormat Format { get; init; } = ParagraphFormat.Inherit;

    /// <summary>Character properties applied to every run of this paragraph (before the runs' own).</summary>
    public RunFormat RunFormat { get; init; } = RunFormat.Inherit;
}
