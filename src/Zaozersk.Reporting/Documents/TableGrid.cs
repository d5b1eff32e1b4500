namespace Zaozersk.Reporting.Documents;

/// <summary>
/// Which cell sits in which column of a table, after colspans and rowspans. It is worked out once,
/// when the markup is read (<see cref="TableGridBuilder"/>), and both writers place cells by it, so
/// the DOCX and the PDF cannot disagree about the table's shape.
/// </summary>
internal sealed class TableGrid
{
    private readonly int[][] _cellColumns;

    // For each position (row × column): the first and last row of the cell that covers it.
    private readonly int[] _coverFirstRow;
    private readonly int[] _coverLastRow;
    private readonly int[] _coverFirstColumn;

    // For each row, the last row of the block its rowspans tie it to (itself when none).
    private readonly int[] _blockEnds;

    internal TableGrid(int columnCount, int[][] cellColumns, int[] coverFirstRow, int[] coverLastRow, int[] coverFirstColumn)
    {
        _coverFirstColumn = coverFirstColumn;
        ColumnCount = columnCount;
        _cellColumns = cellColumns;
        _coverFirstRow = coverFirstRow;
        _coverLastRow = coverLastRow;
        _blockEnds = BlockEnds();
    }

    /// <summary>How many columns the table has.</summary>
    public int ColumnCount { get; }

    /// <summary>How many rows the table has.</summary>
    public int RowCount => _cellColumns.Length;

    /// <summary>The first column of cell <paramref name="cell"/> of row <paramref name="row"/>.</summary>
    public int ColumnOf(int row, int cell) => _cellColumns[row][cell];

    /// <summary>Whether the position is covered by a cell of a row above that spans down into it.</summary>
    public bool IsCoveredFromAbove(int row, int column) => _coverFirstRow[(row * ColumnCount) + column] < row;

    /// <summary>Whether the same cell covers both positions of a row (a cell is known by its first row and column).</summary>
    public bool SameCell(int row, int column, int otherColumn) =>
        _coverFirstRow[(row * ColumnCount) + column] == _coverFirstRow[(row * ColumnCount) + otherColumn]
        && _coverFirstColumn[(row * ColumnCount) + column] == _coverFirstColumn[(row * ColumnCount) + otherColumn];

    /// <summary>The last row of the cell that covers the position.</summary>
    public int LastRowOfCellAt(int row, int column) => _coverLastRow[(row * ColumnCount) + column];

    /// <summary>
    /// The last row of the block of rows that rowspans tie <paramref name="row"/> to: no cell of a
    /// row in the block reaches below it. The row itself when no rowspan joins it to the next.
    /// </summary>
    public int BlockEnd(int row) => _blockEnds[row];

    private int[] BlockEnds()
    {
        var rows = RowCount;
        var ends = new int[rows];
        var r = 0;
        while (r < rows)
        {
            var end = r;
            var reach = r;
            for (var g = r; g <= reach && g < rows; g++)
            {
                end = g;
                for (var column = 0; column < ColumnCount; column++)
                {
                    reach = Math.Max(reach, Math.Min(rows - 1, _coverLastRow[(g * ColumnCount) + column]));
                }
            }

            ends.AsSpan(r, end - r + 1).Fill(end);
            r = end + 1;
        }

        return ends;
    }
}
