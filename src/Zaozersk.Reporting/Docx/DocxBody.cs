using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Zaozersk.Reporting.Documents;
using M = Zaozersk.Reporting.Documents;

namespace Zaozersk.Reporting.Docx;

/// <summary>
/// Turns the model's blocks into WordprocessingML. It collects what other parts need: list
/// bullets for the numbering part and link targets for the relationships.
/// </summary>
internal sealed class DocxBody(DocxNumbering numbering)
{
    private readonly List<(string Id, Uri Target)> _links = [];
    private readonly Dictionary<DocumentFormat.OpenXml.Wordprocessing.Table, IEnumerable<DocumentFormat.OpenXml.Wordprocessing.TableRow>> _deferredRows = [];
    private readonly Dictionary<DocumentFormat.OpenXml.Wordprocessing.Table, DocumentFormat.OpenXml.Wordprocessing.TableRow> _lastStreamedRows = [];

    /// <summary>External link relationships, in first-use order (ids rIdLink1, rIdLink2 …).</summary>
    public IReadOnlyList<(string Id, Uri Target)> Links => _links;

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
                if (element is DocumentFormat.OpenXml.Wordprocessing.Table && previous is DocumentFormat.OpenXml.Wordprocessing.Table table)
                {
                    yield return Spacer(keepWithNext || LastRowKeptWithNext(table));
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
    public IEnumerable<DocumentFormat.OpenXml.Wordprocessing.TableRow> StreamRows(DocumentFormat.OpenXml.Wordprocessing.Table table)
    {
        if (!_deferredRows.Remove(table, out var rows))
        {
            yield break;
        }

        foreach (var row in rows)
        {
            // The last row decides whether a spacer before the next table is kept with it.
            _lastStreamedRows[table] = row;
            yield return row;
        }
    }

    private bool LastRowKeptWithNext(DocumentFormat.OpenXml.Wordprocessing.Table table) =>
        (_lastStreamedRows.GetValueOrDefault(table) ?? table.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().LastOrDefault())?
            .Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().FirstOrDefault()?.ParagraphProperties?.KeepNext is not null;

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
                return Table(table, width, deferRows);
            case M.PageBreak:
                return [new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new Run(new Break { Type = BreakValues.Page }))];
            default:
                return [];
        }
    }

    /// <summary>An empty paragraph <see cref="LayoutRules.SpacerHeight"/> high that keeps two tables apart.</summary>
    internal static DocumentFormat.OpenXml.Wordprocessing.Paragraph Spacer(bool keepWithNext)
    {
        var properties = new ParagraphProperties();
        if (keepWithNext)
        {
            properties.Append(new KeepNext());
        }

        properties.Append(
            new SpacingBetweenLines { Before = "0", After = "0", Line = DocxFormatting.Twips(LayoutRules.SpacerHeight), LineRule = LineSpacingRuleValues.Exact },
            new ParagraphMarkRunProperties(new FontSize { Val = DocxFormatting.HalfPoints(LayoutRules.SpacerFontSize) }, new FontSizeComplexScript { Val = DocxFormatting.HalfPoints(LayoutRules.SpacerFontSize) }));
        return new DocumentFormat.OpenXml.Wordprocessing.Paragraph(properties);
    }

    private DocumentFormat.OpenXml.Wordprocessing.Paragraph Paragraph(M.Paragraph paragraph, bool keepWithNext, (int NumberingId, int Level)? bullet = null)
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

        var result = new DocumentFormat.OpenXml.Wordprocessing.Paragraph();
        if (properties.HasChildren)
        {
            result.Append(properties);
        }

        foreach (var element in Inlines(paragraph.Inlines, paragraph.RunFormat))
        {
            result.Append(element);
        }

        return result;
    }

    private IEnumerable<OpenXmlElement> List(BulletList list, int level, Length width, bool keepWithNext)
    {
        var id = numbering.IdFor(list.Bullet);
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

    private IEnumerable<OpenXmlElement> Inlines(IEnumerable<Inline> inlines, RunFormat paragraphRun, string? characterStyle = null)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun text:
                    yield return TextRun(text.Text, paragraphRun.Merge(text.Format), characterStyle);
                    break;
                case M.LineBreak:
                    yield return new Run(new Break());
                    break;
                case M.Field field:
                    var instruction = field.Kind == FieldKind.PageNumber ? " PAGE " : " NUMPAGES ";
                    yield return new SimpleField(RunWith(paragraphRun.Merge(field.Format), characterStyle, new Text("1"))) { Instruction = instruction };
                    break;
                case M.Hyperlink link:
                    var id = LinkId(link.Target);
                    yield return new DocumentFormat.OpenXml.Wordprocessing.Hyperlink(Inlines(link.Inlines, paragraphRun, DocxStyles.HyperlinkStyle)) { Id = id, History = true };
                    break;
            }
        }
    }

    /// <summary>
    /// One run per text, with Word's special characters as their elements: tab, soft hyphen,
    /// non-breaking hyphen (a raw U+00AD would show or vanish depending on the client) and line
    /// breaks for U+2028/U+2029.
    /// </summary>
    private static Run TextRun(string text, RunFormat format, string? characterStyle)
    {
        var pieces = new List<OpenXmlElement>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            OpenXmlElement? special = i == text.Length ? null : text[i] switch
            {
                '\t' => new TabChar(),
                '\u00AD' => new SoftHyphen(),
                '\u2011' => new NoBreakHyphen(),

                // Line and paragraph separators break the line, as the PDF layout does.
                '\u2028' or '\u2029' => new Break(),
                _ => null,
            };

            if (special is null && i < text.Length)
            {
                continue;
            }

            if (i > start)
            {
                pieces.Add(new Text(text[start..i]) { Space = SpaceProcessingModeValues.Preserve });
            }

            if (special is not null)
            {
                pieces.Add(special);
            }

            start = i + 1;
        }

        return RunWith(format, characterStyle, [.. pieces]);
    }

    private static Run RunWith(RunFormat format, string? characterStyle, params OpenXmlElement[] content)
    {
        var run = new Run();
        if (DocxFormatting.Run(format, characterStyle) is { } properties)
        {
            run.Append(properties);
        }

        run.Append(content);
        return run;
    }

    private string LinkId(Uri target)
    {
        var existing = _links.FindIndex(l => l.Target == target);
        if (existing >= 0)
        {
            return _links[existing].Id;
        }

        var id = "rIdLink" + DocxFormatting.Number(_links.Count + 1);
        _links.Add((id, target));
        return id;
    }

    /// <summary>A table, written as the word processor needs it: one table per <see cref="M.TablePart"/>, spacers between.</summary>
    private IEnumerable<OpenXmlElement> Table(M.Table table, Length width, bool deferRows)
    {
        var widths = table.ResolveWidths(width);
        var parts = M.TablePart.Of(table);
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0)
            {
                yield return Spacer(keepWithNext: true);
            }

            yield return TablePart(table, widths, parts[i], deferRows);
        }
    }

    private DocumentFormat.OpenXml.Wordprocessing.Table TablePart(M.Table table, IReadOnlyList<Length> widths, M.TablePart part, bool deferRows)
    {
        var total = new Length(widths.Sum(w => w.Twips));
        var properties = new TableProperties(
            new TableWidth { Width = DocxFormatting.Twips(total), Type = TableWidthUnitValues.Dxa },
            Borders(table.BorderWidth, part.OpenBottom),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(
                new TopMargin { Width = DocxFormatting.Twips(table.Padding.Top), Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = (short)table.Padding.Left.Twips, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = DocxFormatting.Twips(table.Padding.Bottom), Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = (short)table.Padding.Right.Twips, Type = TableWidthValues.Dxa }),
            new TableLook { Val = "04A0", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true });

        var result = new DocumentFormat.OpenXml.Wordprocessing.Table(properties, new DocumentFormat.OpenXml.Wordprocessing.TableGrid(widths.Select(w => new GridColumn { Width = DocxFormatting.Twips(w) })));
        if (deferRows)
        {
            _deferredRows[result] = Rows(table, widths, part);
        }
        else
        {
            result.Append(Rows(table, widths, part));
        }

        return result;
    }

    private IEnumerable<DocumentFormat.OpenXml.Wordprocessing.TableRow> Rows(M.Table table, IReadOnlyList<Length> widths, M.TablePart part)
    {
        var last = part.Start + part.Count - 1;
        for (var r = part.Start; r <= last; r++)
        {
            yield return Row(table, r, widths, keepWithNext: table.Rows[r].KeepWithNext || (part.OpenBottom && r == last));
        }
    }

    private DocumentFormat.OpenXml.Wordprocessing.TableRow Row(M.Table table, int rowIndex, IReadOnlyList<Length> widths, bool keepWithNext)
    {
        var row = table.Rows[rowIndex];
        var result = new DocumentFormat.OpenXml.Wordprocessing.TableRow();
        var rowProperties = new TableRowProperties();
        if (!row.AllowSplit)
        {
            rowProperties.Append(new CantSplit());
        }

        if (row.RepeatOnNewPage)
        {
            rowProperties.Append(new TableHeader());
        }

        if (rowProperties.HasChildren)
        {
            result.Append(rowProperties);
        }

        var column = 0;
        for (var c = 0; c < row.Cells.Count; c++)
        {
            var cell = row.Cells[c];
            AppendMergedContinuations(result, table.Grid, rowIndex, widths, column, table.Grid.ColumnOf(rowIndex, c));
            column = table.Grid.ColumnOf(rowIndex, c);
            var span = cell.ColumnSpan;
            var cellWidth = new Length(widths.Skip(column).Take(span).Sum(w => w.Twips));
            var cellProperties = new TableCellProperties(new TableCellWidth { Width = DocxFormatting.Twips(cellWidth), Type = TableWidthUnitValues.Dxa });
            if (span > 1)
            {
                cellProperties.Append(new GridSpan { Val = span });
            }

            if (cell.RowSpan > 1)
            {
                cellProperties.Append(new VerticalMerge { Val = MergedCellValues.Restart });
            }

            cellProperties.Append(new TableCellVerticalAlignment
            {
                Val = cell.VerticalAlignment switch
                {
                    M.VerticalAlignment.Center => TableVerticalAlignmentValues.Center,
                    M.VerticalAlignment.Bottom => TableVerticalAlignmentValues.Bottom,
                    _ => TableVerticalAlignmentValues.Top,
                },
            });

            var tc = new DocumentFormat.OpenXml.Wordprocessing.TableCell(cellProperties);
            tc.Append(Blocks(cell.Blocks, cellWidth - table.HorizontalPadding).ToList());
            EnsureEndsWithParagraph(tc, keepWithNext);
            result.Append(tc);
            column += span;
        }

        AppendMergedContinuations(result, table.Grid, rowIndex, widths, column, widths.Count);
        return result;
    }

    /// <summary>
    /// Word needs a cell at every grid position: the columns <paramref name="from"/>…<paramref name="to"/>
    /// (all covered by rowspans from above) get "continue" cells, one per merged cell above, as wide
    /// as it (a continue cell must span the columns of the cell it continues, or Word and LibreOffice
    /// draw a rule through the merged cell).
    /// </summary>
    private static void AppendMergedContinuations(DocumentFormat.OpenXml.Wordprocessing.TableRow row, M.TableGrid grid, int rowIndex, IReadOnlyList<Length> widths, int from, int to)
    {
        var column = from;
        while (column < to)
        {
            var start = column;
            column++;
            while (column < to && grid.SameCell(rowIndex, start, column))
            {
                column++;
            }

            var properties = new TableCellProperties(new TableCellWidth { Width = DocxFormatting.Twips(new Length(widths.Skip(start).Take(column - start).Sum(w => w.Twips))), Type = TableWidthUnitValues.Dxa });
            if (column - start > 1)
            {
                properties.Append(new GridSpan { Val = column - start });
            }

            properties.Append(new VerticalMerge());
            row.Append(new DocumentFormat.OpenXml.Wordprocessing.TableCell(properties, new DocumentFormat.OpenXml.Wordprocessing.Paragraph()));
        }
    }

    /// <summary>A cell must end with a paragraph; rows kept with the next one carry keep-next on every paragraph.</summary>
    private static void EnsureEndsWithParagraph(DocumentFormat.OpenXml.Wordprocessing.TableCell cell, bool keepWithNext)
    {
        if (cell.LastChild is DocumentFormat.OpenXml.Wordprocessing.Table)
        {
            // After a nested table the required paragraph takes 1 pt, not a line of text.
            cell.Append(Spacer(keepWithNext: false));
        }
        else if (cell.LastChild is not DocumentFormat.OpenXml.Wordprocessing.Paragraph)
        {
            cell.Append(new DocumentFormat.OpenXml.Wordprocessing.Paragraph());
        }

        if (!keepWithNext)
        {
            return;
        }

        foreach (var paragraph in cell.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>())
        {
            paragraph.ParagraphProperties ??= new ParagraphProperties();
            paragraph.ParagraphProperties.KeepNext = new KeepNext();
        }
    }

    private static TableBorders Borders(Length? width, bool openBottom)
    {
        BorderType Line<T>()
            where T : BorderType, new() => width is { } w
                ? new T { Val = BorderValues.Single, Size = (uint)Math.Max(LayoutRules.ThinnestBorderEighths, Math.Round(w.Points * 8)), Space = 0, Color = "000000" }
                : new T { Val = BorderValues.Nil };

        var bottom = openBottom ? new BottomBorder { Val = BorderValues.Nil } : (BottomBorder)Line<BottomBorder>();
        return new TableBorders(Line<TopBorder>(), Line<LeftBorder>(), bottom, Line<RightBorder>(), Line<InsideHorizontalBorder>(), Line<InsideVerticalBorder>());
    }
}
