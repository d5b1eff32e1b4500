using Zaozersk.Reporting.Documents;

namespace Zaozersk.Reporting.Layout;

/// <summary>
/// Draws a planned row: its cells' content, vertically aligned, and its rules. Each part of a row
/// is drawn as closed boxes, so borders are complete on both sides of a page break.
/// </summary>
internal sealed class TableRowPainter(int tableNumber, TableGrid grid, TableGeometry geometry)
{
    /// <summary>Draws <paramref name="step"/> with its box's top left corner (above the gap before a new table part) at <paramref name="x"/>, <paramref name="y"/>.</summary>
    public void Draw(PageCanvas canvas, TableRowStep step, double x, double y)
    {
        var row = step.Row;
        var insets = geometry.Insets;
        var edges = geometry.Edges;
        var borderWidth = geometry.BorderWidth;

        // The gap before a new table part is white: the row's box starts below it.
        var gap = row.Gap;
        y += gap;
        var height = step.Plan.Height - gap;

        // A repeated header row is furniture: a screen reader reads the header once, where it first stands.
        if (step.Repeated)
        {
            canvas.BeginFurniture();
        }
        else if (row.Model.Node is { } rowNode)
        {
            canvas.Add(new StructureItem(rowNode));
        }

        // Left to right: the row's own cells, and the merged cells whose boxes start at this row on this page.
        var pieces = step.Pieces ?? [];
        var next = 0;
        for (var c = 0; c < row.Cells.Length; c++)
        {
            var cell = row.Model.Cells[c];
            while (next < pieces.Count && pieces[next].Cell.Cell.Column < cell.Column)
            {
                DrawPiece(canvas, pieces[next++], x, y);
            }

            // A merged cell is drawn as its pieces (a repeated header row is measured and drawn whole).
            if (cell.RowSpan > 1 && !step.Repeated)
            {
                continue;
            }

            if (cell.Node is { } cellNode)
            {
                canvas.Add(new StructureItem(cellNode));
            }

            var left = x + edges[cell.Column];
            var contentWidth = geometry.ContentWidth(cell);

            // A row part is drawn in the room it was measured in: its cells' content (a nested table
            // that splits only at the top of a page) must make the same choice when drawn.
            var cellHeight = step.Room is { } room ? room - gap : height;
            var cellContent = cellHeight - insets.Top - insets.Bottom;
            var offset = 0.0;
            if (step.Plan.Kind == SpaceKind.Full && cell.Alignment != VerticalAlignment.Top)
            {
                var own = row.Cells[c].Measure(contentWidth, cellContent, step.FirstOnPage);
                var free = Math.Max(0, cellContent - own.Height);
                offset = cell.Alignment == VerticalAlignment.Center ? free / 2 : free;
            }

            row.Cells[c].Draw(canvas, left + insets.Left, y + insets.Top + offset, contentWidth, cellContent - offset, step.FirstOnPage);
            if (step.Boxed)
            {
                Box(canvas, cell, x, y, height);
            }
        }

        while (next < pieces.Count)
        {
            DrawPiece(canvas, pieces[next++], x, y);
        }

        if (step.Repeated)
        {
            canvas.EndFurniture();
        }

        if (borderWidth > 0 && !step.Boxed)
        {
            DrawRules(canvas, row.Model, x, y, height);
        }

        if (row.Model.Bookmark is { } bookmark && !row.Continued && !step.Repeated)
        {
            canvas.Add(new BookmarkItem(bookmark, y));
        }

        canvas.Add(new RowItem(tableNumber, row.Model.Index, y, height, row.Continued, step.Plan.Kind == SpaceKind.Full, step.Repeated));
    }

    /// <summary>
    /// The part of a merged cell on this page, its box's top at <paramref name="y"/>: its content from
    /// where it stopped, aligned as the cell says only when the whole cell is here; its structure
    /// node is placed in reading order once, where the cell starts (its text on later pages belongs
    /// to the same node).
    /// </summary>
    private void DrawPiece(PageCanvas canvas, MergedCellPiece piece, double x, double y)
    {
        var insets = geometry.Insets;
        var cell = piece.Cell.Cell;
        if (!piece.Cell.Started && cell.Node is { } node)
        {
            canvas.Add(new StructureItem(node));
        }

        var left = x + geometry.Edges[cell.Column];
        var contentWidth = geometry.ContentWidth(cell);
        var room = piece.Room;
        var offset = 0.0;
        if (piece.Whole)
        {
            room = piece.Height - insets.Top - insets.Bottom;
            if (cell.Alignment != VerticalAlignment.Top)
            {
                var own = piece.Cell.Content.Measure(contentWidth, room, piece.FirstOnPage);
                var free = Math.Max(0, room - own.Height);
                offset = cell.Alignment == VerticalAlignment.Center ? free / 2 : free;
            }
        }

        piece.Cell.Content.Draw(canvas, left + insets.Left, y + insets.Top + offset, contentWidth, room - offset, piece.FirstOnPage);
        Box(canvas, cell, x, y, piece.Height);
    }

    /// <summary>In rows joined by a rowspan each cell is boxed on its own, so a merged cell's box covers its rows.</summary>
    private void Box(PageCanvas canvas, TableCellLayout cell, double x, double y, double height)
    {
        var borderWidth = geometry.BorderWidth;
        if (borderWidth <= 0)
        {
            return;
        }

        var left = x + geometry.Edges[cell.Column];
        var right = x + geometry.Edges[cell.Column + cell.Span];
        canvas.Add(new RuleItem(left, y, right, y, borderWidth));
        canvas.Add(new RuleItem(left, y + height, right, y + height, borderWidth));
        canvas.Add(new RuleItem(left, y, left, y + height, borderWidth));
        canvas.Add(new RuleItem(right, y, right, y + height, borderWidth));
    }

    /// <summary>
    /// One line along the top and the bottom of the row part, one at each cell edge: the boxes are
    /// closed on both sides of a page break, and no line is drawn twice. Columns a cell above spans
    /// into (rowspan) get their edges too, so the grid stays closed.
    /// </summary>
    private void DrawRules(PageCanvas canvas, TableRowLayout row, double x, double y, double height)
    {
        var edges = geometry.Edges;
        var borderWidth = geometry.BorderWidth;
        var start = x + edges[0];
        var end = x + edges[^1];
        canvas.Add(new RuleItem(start, y, end, y, borderWidth));
        canvas.Add(new RuleItem(start, y + height, end, y + height, borderWidth));
        canvas.Add(new RuleItem(start, y, start, y + height, borderWidth));
        foreach (var cell in row.Cells)
        {
            var edge = x + edges[cell.Column + cell.Span];
            canvas.Add(new RuleItem(edge, y, edge, y + height, borderWidth));
        }

        for (var column = 0; column < geometry.ColumnCount; column++)
        {
            if (grid.IsCoveredFromAbove(row.Index, column))
            {
                var edge = x + edges[column + 1];
                canvas.Add(new RuleItem(edge, y, edge, y + height, borderWidth));
            }
        }
    }
}
