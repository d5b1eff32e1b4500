using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;
using Zaozersk.Reporting.Documents;
using M = Zaozersk.Reporting.Documents;

namespace Zaozersk.Reporting.Docx;

/// <summary>
/// Tables in WordprocessingML: one table per <see cref="M.TablePart"/>, a cell at every grid
/// position, borders; and the rows of the body's own tables, which a writer may take one by one
/// (<see cref="StreamRows"/>) instead of holding the whole table. The body writes
/// the cells' blocks.
/// </summary>
internal sealed class DocxTables(DocxBody body)
{
    private readonly Dictionary<W.Table, IEnumerable<W.TableRow>> _deferredRows = [];
    private readonly Dictionary<W.Table, W.TableRow> _lastStreamedRows = [];

    /// <summary>
    /// The rows of a table that <see cref="DocxBody.Blocks"/> gave without them, built as they are
    /// enumerated so a writer can write and drop each; empty for any other table.
    /// </summary>
    public IEnumerable<W.TableRow> StreamRows(W.Table table)
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

    /// <summary>Whether the last row of <paramref name="table"/> (streamed or not) is kept with what follows.</summary>
    public bool LastRowKeptWithNext(W.Table table) =>
        (_lastStreamedRows.GetValueOrDefault(table) ?? table.Elements<W.TableRow>().LastOrDefault())?
            .Descendants<W.Paragraph>().FirstOrDefault()?.ParagraphProperties?.KeepNext is not null;

    /// <summary>A table, written as the word processor needs it: one table per <see cref="M.TablePart"/>, spacers between.</summary>
    public IEnumerable<OpenXmlElement> Table(M.Table table, Length width, bool deferRows)
    {
        var widths = table.ResolveWidths(width);
        var parts = M.TablePart.Of(table);
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0)
            {
                yield return DocxBody.Spacer(keepWithNext: true);
            }

            yield return TablePart(table, widths, parts[i], deferRows);
        }
    }

    private W.Table TablePart(M.Table table, IReadOnlyList<Length> widths, M.TablePart part, bool deferRows)
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

        var result = new W.Table(properties, new W.TableGrid(widths.Select(w => new GridColumn { Width = DocxFormatting.Twips(w) })));
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

    private IEnumerable<W.TableRow> Rows(M.Table table, IReadOnlyList<Length> widths, M.TablePart part)
    {
        var last = part.Start + part.Count - 1;
        for (var r = part.Start; r <= last; r++)
        {
            yield return Row(table, r, widths, keepWithNext: table.Rows[r].KeepWithNext || (part.OpenBottom && r == last));
        }
    }

    private W.TableRow Row(M.Table table, int rowIndex, IReadOnlyList<Length> widths, bool keepWithNext)
    {
        var row = table.Rows[rowIndex];
        var result = new W.TableRow();
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

            var tc = new W.TableCell(cellProperties);
            tc.Append(body.Blocks(cell.Blocks, cellWidth - table.HorizontalPadding).ToList());
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
    private static void AppendMergedContinuations(W.TableRow row, M.TableGrid grid, int rowIndex, IReadOnlyList<Length> widths, int from, int to)
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
            row.Append(new W.TableCell(properties, new W.Paragraph()));
        }
    }

    /// <summary>A cell must end with a paragraph; rows kept with the next one carry keep-next on every paragraph.</summary>
    private static void EnsureEndsWithParagraph(W.TableCell cell, bool keepWithNext)
    {
        if (cell.LastChild is W.Table)
        {
            // After a nested table the required paragraph takes 1 pt, not a line of text.
            cell.Append(DocxBody.Spacer(keepWithNext: false));
        }
        else if (cell.LastChild is not W.Paragraph)
        {
            cell.Append(new W.Paragraph());
        }

        if (!keepWithNext)
        {
            return;
        }

        foreach (var paragraph in cell.Descendants<W.Paragraph>())
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
