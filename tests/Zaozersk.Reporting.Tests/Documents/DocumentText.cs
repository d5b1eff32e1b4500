using System.Text;
using Zaozersk.Reporting.Documents;

namespace Zaozersk.Reporting.Tests.Documents;

/// <summary>
/// The text of a document model in reading order, for assertions and reviewable snapshots:
/// paragraphs on their own lines, list items with their bullet, table rows as cells separated by
/// " | ", headers and footers marked.
/// </summary>
internal static class DocumentText
{
    public static string Of(Document document)
    {
        var text = new StringBuilder();
        foreach (var section in document.Sections)
        {
            var page = section.Page;
            text.Append(FormattableString.Invariant($"=== section {page.Orientation} {page.PageWidth} x {page.PageHeight}\n"));
            Part(text, "first-page header", section.FirstHeader);
            Part(text, "header", section.Header);
            Part(text, "first-page footer", section.FirstFooter);
            Part(text, "footer", section.Footer);
            foreach (var block in section.Blocks)
            {
                Block(text, block);
            }
        }

        return text.ToString();
    }

    /// <summary>The text of a cell: its paragraphs joined by line breaks, list items prefixed with their bullet.</summary>
    public static string Cell(TableCell cell) => string.Join("\n", cell.Blocks.SelectMany(Lines));

    /// <summary>Paragraph lines of a block (line breaks inside paragraphs split lines too).</summary>
    public static IEnumerable<string> Lines(Block block) => block switch
    {
        Paragraph paragraph => Inline(paragraph.Inlines).Split('\n'),
        BulletList list => list.Items.SelectMany(item => item.Blocks.SelectMany(Lines).Select((line, i) => i == 0 ? list.Bullet + " " + line : line)),
        Table table => table.Rows.Select(r => string.Join(" | ", r.Cells.Select(c => Cell(c).Replace("\n", " / ", StringComparison.Ordinal)))),
        PageBreak => ["--- page break"],
        _ => [],
    };

    private static void Part(StringBuilder text, string name, HeaderFooter? part)
    {
        if (part is null)
        {
            return;
        }

        text.Append("--- ").Append(name).Append('\n');
        foreach (var block in part.Blocks)
        {
            Block(text, block);
        }

        text.Append("--- end ").Append(name).Append('\n');
    }

    private static void Block(StringBuilder text, Block block)
    {
        if (block is Table table)
        {
            foreach (var row in table.Rows)
            {
                var kind = row.IsHeader ? (row.RepeatOnNewPage ? "[header, repeated] " : "[header] ") : string.Empty;
                text.Append(kind).Append(string.Join(" | ", row.Cells.Select(c => Cell(c).Replace("\n", " / ", StringComparison.Ordinal)))).Append('\n');
            }

            return;
        }

        foreach (var line in Lines(block))
        {
            text.Append(line).Append('\n');
        }
    }

    private static string Inline(IEnumerable<Inline> inlines)
    {
        var text = new StringBuilder();
        foreach (var inline in inlines)
        {
            text.Append(inline switch
            {
                TextRun run => run.Text,
                LineBreak => "\n",
                Hyperlink link => Inline(link.Inlines),
                Field { Kind: FieldKind.PageNumber } => "{PAGE}",
                Field => "{NUMPAGES}",
                _ => string.Empty,
            });
        }

        return text.ToString();
    }
}
