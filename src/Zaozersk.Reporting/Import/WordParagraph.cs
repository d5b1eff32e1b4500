namespace Zaozersk.Reporting.Import;

/// <summary>
/// One Word paragraph reduced to what the import needs: its text (line breaks as <c>\n</c>, tabs as
/// <c>\t</c>, still carrying the typographic ties of the producer) and whether it is a list item.
/// </summary>
/// <param name="Number">1-based position among the body's paragraphs (0 inside tables), for messages.</param>
/// <param name="Text">The paragraph's text, hyperlinks and field results included.</param>
/// <param name="Bullet">«•» or «-» when the paragraph is a list item through Word numbering; null otherwise.</param>
internal sealed class WordParagraph(int Number, string Text, string? Bullet) : WordBlock
{
    /// <summary>1-based position among the body's paragraphs (0 inside tables), for messages.</summary>
    public int Number { get; } = Number;

    /// <summary>The paragraph's text.</summary>
    public string Text { get; } = Text;

    /// <summary>«•» or «-» for a Word list item; null otherwise.</summary>
    public string? Bullet { get; } = Bullet;

    /// <inheritdoc/>
    public override bool IsEmpty => string.IsNullOrWhiteSpace(Text);
}
