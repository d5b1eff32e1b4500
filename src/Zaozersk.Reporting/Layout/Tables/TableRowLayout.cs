using Zaozersk.Reporting.Documents;

namespace Zaozersk.Reporting.Layout;

/// <summary>A row of the model with its cells placed on the grid.</summary>
internal sealed record TableRowLayout(int Index, TableRow Row, IReadOnlyList<TableCellLayout> Cells, string? Bookmark)
{
    /// <summary>Empty room above the row where the word processor gets a new table part (see <see cref="TablePart"/>); not above a repeated copy.</summary>
    public double GapBefore { get; init; }

    /// <summary>The row's structure node (TR); null outside the document's structure.</summary>
    public StructureNode? Node { get; init; }
}
