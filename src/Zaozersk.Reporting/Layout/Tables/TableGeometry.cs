namespace Zaozersk.Reporting.Layout;

/// <summary>A laid-out table's columns, cell insets and rules, in points: what measuring and drawing a row both need.</summary>
internal sealed class TableGeometry(IReadOnlyList<double> columnWidths, CellInsets insets, double borderWidth)
{
    /// <summary>Left edge of every column and the table's right edge, from the table's left side.</summary>
    public double[] Edges { get; } = EdgesOf(columnWidths);

    /// <summary>How many columns the table has.</summary>
    public int ColumnCount => columnWidths.Count;

    /// <summary>Room between every cell's edges and its content.</summary>
    public CellInsets Insets => insets;

    /// <summary>Width of the rules; 0 for a table without borders.</summary>
    public double BorderWidth => borderWidth;

    /// <summary>The width a cell's content is laid out in: the columns it spans less its insets.</summary>
    public double ContentWidth(TableCellLayout cell) =>
        Math.Max(1, Edges[cell.Column + cell.Span] - Edges[cell.Column] - insets.Left - insets.Right);

    private static double[] EdgesOf(IReadOnlyList<double> widths)
    {
        var edges = new double[widths.Count + 1];
        for (var i = 0; i < widths.Count; i++)
        {
            edges[i + 1] = edges[i] + widths[i];
        }

        return edges;
    }
}
