using Zaozersk.Reporting.Documents;

namespace Zaozersk.Reporting.Layout;

/// <summary>Whether a row that does not fit the rest of the page may be split there, its other lines continuing on the next page.</summary>
internal static class RowSplitRule
{
    /// <summary>
    /// A row may split when it allows it — except the table's last row kept with the block after
    /// the table, which moves whole with it, as a word processor keeps its paragraphs with the next
    /// (it splits only when taller than a page). Any row splits when it is the first placed on the
    /// page: moving it on would gain nothing.
    /// </summary>
    public static bool MaySplit(TableRow row, bool isLastRow, bool firstRowHere) =>
        (row.AllowSplit && !(row.KeepWithNext && isLastRow)) || firstRowHere;
}
