namespace Zaozersk.Reporting.Documents;

/// <summary>
/// Places a table's cells row by row, as the markup reader meets them: each cell goes to the first
/// column at or after the previous cell's end that no rowspan from above still covers. The reader
/// reports what does not fit (it knows where in the markup); <see cref="Build"/> gives the grid.
/// </summary>
internal sealed class TableGridBuilder(int columnCount)
{
    private readonly List<int[]> _cellColumns = [];
    private readonly List<int> _coverFirstRow = [];
    private readonly List<int> _coverLastRow = [];
    private readonly List<int> _coverFirstColumn = [];
    private readonly List<int> _rowColumns = [];

    // For each column: how many more rows the cell placed last in it covers, and its first and last row.
    private readonly int[] _pending = new int[columnCount];
    private readonly int[] _pendingFirstRow = new int[columnCount];
    private readonly int[] _pendingLastRow = new int[columnCount];
    private readonly int[] _pendingFirstColumn = new int[columnCount];
    private int _column;

    private int Row => _cellColumns.Count;

    /// <summary>Places the current row's next cell; its first column, or null when it runs past the last column.</summary>
    public int? Place(int columnSpan, int rowSpan)
    {
        while (_column < columnCount && _pending[_column] > 0)
        {
            _column++;
        }

        if (_column + columnSpan > columnCount)
        {
            return null;
        }

        var first = _column;
        for (var c = first; c < first + columnSpan; c++)
        {
            _pending[c] = rowSpan;
            _pendingFirstRow[c] = Row;
            _pendingLastRow[c] = Row + rowSpan - 1;
            _pendingFirstColumn[c] = first;
        }

        _rowColumns.Add(first);
        _column = first + columnSpan;
        return first;
    }

    /// <summary>How many of the table's columns the current row's cells and the rowspans from above cover.</summary>
    public int CoveredColumns => _pending.Count(p => p > 0);

    /// <summary>Whether a rowspan still reaches below the rows finished so far.</summary>
    public bool HasOpenRowSpan => _pending.Any(p => p > 0);

    /// <summary>Ends the current row (every column covered, see <see cref="CoveredColumns"/>) and starts the next.</summary>
    public void FinishRow()
    {
        for (var c = 0; c < columnCount; c++)
        {
            _coverFirstRow.Add(_pendingFirstRow[c]);
            _coverLastRow.Add(_pendingLastRow[c]);
            _coverFirstColumn.Add(_pendingFirstColumn[c]);
            _pending[c] = Math.Max(0, _pending[c] - 1);
        }

        _cellColumns.Add([.. _rowColumns]);
        _rowColumns.Clear();
        _column = 0;
    }

    /// <summary>The grid of the rows finished so far.</summary>
    public TableGrid Build() => new(columnCount, [.. _cellColumns], [.. _coverFirstRow], [.. _coverLastRow], [.. _coverFirstColumn]);
}
