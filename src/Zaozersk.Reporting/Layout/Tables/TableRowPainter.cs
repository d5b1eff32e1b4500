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

        for (var c = 0; c < row.Cells.Length; c++)
        {
            var cell = row.Model.Cells[c];
            if (cell.Node is { } cellNode)
            {
                canvas.Add(new StructureItem(cellNode));
            }

            var left = x + edges[cell.Column];
            var contentWidth = geometry.ContentWidth(cell);

            // A row part is drawn in the room it was measured in: its cells' content (a nested table
            // that splits only at the top of a page) must make the same choice when drawn.
            var cellHeight = step.GroupHeights is { } group && cell.RowSpan > 1 ? PointSum.Of(group.AsSpan(0, Math.Clamp(cell.RowSpan, 0, group.Length))) - gap : step.Room is { } room ? room - gap : height;
            var cellContent = cellHeight - insets.Top - insets.Bottom;
            var offset = 0.0;
            if (step.Plan.Kind == SpaceKind.Full && cell.Alignment != VerticalAlignment.Top)
            {
                var own = row.Cells[c].Measure(contentWidth, cellContent, step.FirstOnPage);
                var free = Math.Max(0, cellContent - own.Height);
                offset = cell.Alignment == VerticalAlignment.Center ? free / 2 : free;
            }

            row.Cells[c].Draw(canvas, left + insets.Left, y + insets.Top + offset, contentWidth, cellContent - offset, step.FirstOnPage);
            if (step.GroupHeights is not null && borderWidth > 0)
            {
                // In a block joined by rowspans each cell is boxed on its own: a merged cell's box covers its rows.
                var right = x + edges[cell.Column + cell.Span];
                canvas.Add(new RuleItem(left, y, right, y, borderWidth));
                canvas.Add(new RuleItem(left, y + cellHeight, right, y + cellHeight, borderWidth));
                canvas.Add(new RuleItem(left, y, left, y + cellHeight, borderWidth));
                canvas.Add(new RuleItem(right, y, right, y + cellHeight, borderWidth));
            }
        }

        if (step.Repeated)
        {
            canvas.EndFurniture();
        }

        if (borderWidth > 0 && step.GroupHeights is null)
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
