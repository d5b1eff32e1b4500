namespace Zaozersk.Reporting.Layout;

/// <summary>
/// A cell that spans rows (rowspan), laid out as a word processor does: its content flows down
/// through the height of the rows it covers, page after page, and the last row it covers grows by
/// whatever more it needs. It outlives the page its first row is on: a block taller than a page
/// continues it in the rows on the next.
/// </summary>
/// <param name="Cell">The cell's place in the grid.</param>
/// <param name="Content">The cell's content, which remembers how far it got.</param>
/// <param name="FirstRow">The row the cell stands in.</param>
/// <param name="LastRow">The last row it covers.</param>
internal sealed record MergedCell(TableCellLayout Cell, StackElement Content, int FirstRow, int LastRow)
{
    /// <summary>Whether part of the cell (its box, maybe some of its content) is on an earlier page.</summary>
    public bool Started { get; set; }

    /// <summary>Whether the cell covers row <paramref name="index"/>.</summary>
    public bool Covers(int index) => FirstRow <= index && index <= LastRow;
}
