namespace Zaozersk.Reporting.Import;

/// <summary>
/// One table cell on the grid. A cell that continues a vertical merge from the row above has no
/// content of its own: <see cref="MergedFromAbove"/> says its content is the one above.
/// </summary>
/// <param name="Column">0-based grid column where the cell starts.</param>
/// <param name="Span">Grid columns it covers.</param>
/// <param name="MergedFromAbove">Whether it continues a vertically merged cell.</param>
/// <param name="Blocks">Its paragraphs and nested tables, in order.</param>
internal sealed record WordCell(int Column, int Span, bool MergedFromAbove, IReadOnlyList<WordBlock> Blocks)
{
    /// <summary>Whether the cell holds no visible text.</summary>
    public bool IsEmpty => Blocks.All(b => b.IsEmpty);

    /// <summary>The cell's paragraphs, those of nested tables included, in reading order.</summary>
    public IEnumerable<WordParagraph> Paragraphs() => Flatten(Blocks);

    private static IEnumerable<WordParagraph> Flatten(IEnumerable<WordBlock> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case WordParagraph paragraph:
                    yield return paragraph;
                    break;
                case WordTable table:
                    foreach (var paragraph in table.Rows.SelectMany(r => r.Cells).SelectMany(c => Flatten(c.Blocks)))
                    {
                        yield return paragraph;
                    }

                    break;
            }
        }
    }
}
