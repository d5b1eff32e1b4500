using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;
using Zaozersk.Reporting.Documents;
using M = Zaozersk.Reporting.Documents;

namespace Zaozersk.Reporting.Docx;

/// <summary>
/// Turns the model's blocks into WordprocessingML: paragraphs, lists, page breaks, and tables and
/// inlines through <see cref="DocxTables"/> and <see cref="DocxInlines"/>. It collects what other
/// parts need: list bullets for the numbering part and link targets for the relationships.
/// </summary>
internal sealed class DocxBody
{
    private readonly DocxNumbering _numbering;
    private readonly DocxInlines _inlines = new();
    private readonly DocxTables _tables;

    public DocxBody(DocxNumbering numbering)
    {
        _numbering = numbering;
        _tables = new DocxTables(this);
    }

    /// <summary>External link relationships, in first-use order (ids rIdLink1, rIdLink2 …).</summary>
    public IReadOnlyList<(string Id, Uri Target)> Links => _inlines.Links;

    /// <summary>
    /// The blocks as body elements. Two tables never touch: Word and LibreOffice would join them
    /// into one (the second's widths and borders taking over the first), so a spacer paragraph
    /// goes between them, kept with the next table when the first one's last row is kept with it.
    /// With <paramref name="deferRows"/>, a table of these blocks comes without its rows, which
    /// <see cref="StreamRows"/> then builds one by one (nested tables are always built whole).
    /// </summary>
    public IEnumerable<OpenXmlElement> Blocks(IReadOnlyList<Block> blocks, Length width, bool keepWithNext = false, bool deferRows = false)
    {
        OpenXmlElement? previous = null;
        foreach (var block in blocks)
        {
            foreach (var element in BlockElements(block, width, keepWithNext, deferRows))
            {
                if (element is W.Table && previous is W.Table table)
                {
                    yield return Spacer(keepWithNext || _tables.LastRowKeptWithNext(table));
                }

                yield return element;
                previous = element;
            }
        }
    }

    /// <summary>
    /// The rows of a table that <see cref="Blocks"/> gave without them, built as they are
    /// enumerated so a writer can write and drop each; empty for any other table.
    /// </summary>
    public IEnumerable<W.TableRow> StreamRows(W.Table table) => _tables.StreamRows(table);

    private IEnumerable<OpenXmlElement> BlockElements(Block block, Length width, bool keepWithNext, bool deferRows)
    {
        switch (block)
        {
            case M.Paragraph paragraph:
                return [Paragraph(paragraph, keepWithNext)];
            case BulletList list:
                // Its elements pass through the loop in Blocks too, so tables in a list are kept apart as well.
                return List(list, 0, width, keepWithNext);
            case M.Table table:
                return _tables.Table(table, width, deferRows);
            case M.PageBreak:
                return [new W.Paragraph(new Run(new Break { Type = BreakValues.Page }))];
            default:
                return [];
        }
    }

    /// <summary>An empty paragraph <see cref="LayoutRules.SpacerHeight"/> high that keeps two tables apart.</summary>
    internal static W.Paragraph Spacer(bool keepWithNext)
    {
        var properties = new ParagraphProperties();
        if (keepWithNext)
        {
            properties.Append(new KeepNext());
        }

        properties.Append(
            new SpacingBetweenLines { Before = "0", After = "0", Line = DocxFormatting.Twips(LayoutRules.SpacerHeight), LineRule = LineSpacingRuleValues.Exact },
            new ParagraphMarkRunProperties(new FontSize { Val = DocxFormatting.HalfPoints(LayoutRules.SpacerFontSize) }, new FontSizeComplexScript { Val = DocxFormatting.HalfPoints(LayoutRules.SpacerFontSize) }));
        return new W.Paragraph(properties);
    }

    private W.Paragraph Paragraph(M.Paragraph paragraph, bool keepWithNext, (int NumberingId, int Level)? bullet = null)
    {
        var properties = new ParagraphProperties();
        if (paragraph.StyleId is { } style)
        {
            properties.ParagraphStyleId = new ParagraphStyleId { Val = DocxIds.Style(style) };
        }

        var format = keepWithNext ? paragraph.Format with { KeepWithNext = true } : paragraph.Format;
        DocxFormatting.Apply(format, properties);
        if (bullet is { } b)
        {
            properties.NumberingProperties = new NumberingProperties(new NumberingLevelReference { Val = b.Level }, new NumberingId { Val = b.NumberingId });
        }

        var result = new W.Paragraph();
        if (properties.HasChildren)
        {
            result.Append(properties);
        }

        foreach (var element in _inlines.Inlines(paragraph.Inlines, paragraph.RunFormat))
        {
            result.Append(element);
        }

        return result;
    }

    private IEnumerable<OpenXmlElement> List(BulletList list, int level, Length width, bool keepWithNext)
    {
        var id = _numbering.IdFor(list.Bullet);
        foreach (var item in list.Items)
        {
            var first = true;
            foreach (var block in item.Blocks)
            {
                switch (block)
                {
                    case M.Paragraph paragraph when first:
                        yield return Paragraph(paragraph, keepWithNext, (id, level));
                        break;
                    case M.Paragraph paragraph:
                        // Following paragraphs of an item line up with its text, without a bullet.
                        var indent = new Length(LayoutRules.ListIndentPerLevel.Twips * (level + 1));
                        yield return Paragraph(paragraph with { Format = paragraph.Format with { LeftIndent = indent } }, keepWithNext);
                        break;
                    case BulletList nested:
                        foreach (var element in List(nested, Math.Min(level + 1, 8), width, keepWithNext))
                        {
                            yield return element;
                        }

                        break;
                    default:
                        foreach (var element in Blocks([block], width, keepWithNext))
                        {
                            yield return element;
                        }

                        break;
                }

                first = false;
            }
        }
    }
}
