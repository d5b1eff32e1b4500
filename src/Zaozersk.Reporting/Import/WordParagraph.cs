namespace Zaozersk.Reporting.Import;

/// <summary>
/// One Word paragraph reduced to what the import needs: its text (line breaks as <c>\n</c>, tabs as
/// <c>\t</c>, still carrying the typographic ties of the producer) and its list label, if it is a list item.
/// </summary>
/// <param name="number">1-based position among the body's paragraphs (0 inside tables), for messages.</param>
/// <param name="text">The paragraph's text, hyperlinks and field results included.</param>
/// <param name="label">
/// For a list item through Word numbering: «•» or «-» for a bullet, or the number as Word shows it
/// («1.», «1.2.», «II.», «1)»); null otherwise.
/// </param>
/// <param name="images">How many pictures (or charts) the paragraph holds; they have no text to import.</param>
/// <param name="notes">The footnote and endnote marks in the paragraph, in order.</param>
internal sealed class WordParagraph(int number, string text, string? label, int images = 0, IReadOnlyList<NoteReference>? notes = null) : WordBlock
{
    /// <summary>How many pictures (or charts) the paragraph holds.</summary>
    public int Images { get; } = images;

    /// <summary>The footnote and endnote marks in the paragraph, in order.</summary>
    public IReadOnlyList<NoteReference> Notes { get; } = notes ?? [];

    /// <summary>Whether the paragraph holds tracked changes (inserted, deleted or moved text); its text is the one with them accepted.</summary>
    public bool Revised { get; init; }

    /// <summary>The paragraph's hidden text (w:vanish), which Word does not print and <see cref="Text"/> leaves out; null when none.</summary>
    public string? Hidden { get; init; }

    /// <summary>The prompt an empty content control shows («Место для ввода текста.»), which <see cref="Text"/> leaves out; null when none.</summary>
    public string? Placeholder { get; init; }

    /// <summary>Symbols of a symbol font with no Unicode equivalent known, left out of <see cref="Text"/>: each as its font and code.</summary>
    public IReadOnlyList<string> Symbols { get; init; } = [];

    /// <summary>1-based position among the body's paragraphs (0 inside tables), for messages.</summary>
    public int Number { get; } = number;

    /// <summary>The paragraph's text.</summary>
    public string Text { get; } = text;

    /// <summary>«•» or «-» for a bulleted item, the number for a numbered one; null when no list item.</summary>
    public string? Label { get; } = label;

    /// <summary>Whether the label is a number (not a bullet).</summary>
    public bool IsNumbered => Label is { Length: > 0 } value && value is not ("•" or "-");

    /// <summary>The text as Word shows it: the number, if any, before the text.</summary>
    public string Shown => IsNumbered ? (string.IsNullOrWhiteSpace(Text) ? Label! : Label + " " + Text) : Text;

    /// <inheritdoc/>
    public override bool IsEmpty => string.IsNullOrWhiteSpace(Text) && !IsNumbered;
}
