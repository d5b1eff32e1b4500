namespace Zaozersk.Reporting.Import;

/// <summary>
/// One Word paragraph reduced to what the import needs: its text (line breaks as <c>\n</c>, tabs as
/// <c>\t</c>, still carrying the typographic ties of the producer) and whether it is a list item.
/// </summary>
/// <param name="number">1-based position among the body's paragraphs (0 inside tables), for messages.</param>
/// <param name="text">The paragraph's text, hyperlinks and field results included.</param>
/// <param name="bullet">«•» or «-» when the paragraph is a list item through Word numbering; null otherwise.</param>
internal sealed class WordParagraph(int number, string text, string? bullet) : WordBlock
{
    /// <summary>1-based position among the body's paragraphs (0 inside tables), for messages.</summary>
    public int Number { get; } = number;

    /// <summary>The paragraph's text.</summary>
    public string Text { get; } = text;

    /// <summary>«•» or «-» for a Word list item; null otherwise.</summary>
    public string? Bullet { get; } = bullet;

    /// <inheritdoc/>
    public override bool IsEmpty => string.IsNullOrWhiteSpace(Text);
}
