using Zaozersk.Reporting.Documents;

namespace Zaozersk.Reporting.Layout;

/// <summary>
/// Keep-with-next inside a table: a header row, or a row kept with the next (a section title),
/// goes to the next page when the row after it would not start on this one, and so do the kept
/// rows placed just before it.
/// </summary>
internal static class RowKeepRule
{
    /// <summary>Whether <paramref name="row"/> must have the row after it on the same page.</summary>
    public static bool Binds(TableRow row) => row.KeepWithNext || row.IsHeader;

    /// <summary>
    /// Whether the rule holds for the row at <paramref name="index"/>: not for the table's last row
    /// (the block after the table keeps it, see <see cref="StackElement"/>) nor for the first row
    /// placed on a page, where moving on would gain nothing.
    /// </summary>
    public static bool Applies(TableRow row, int index, int rowCount, bool firstRowHere) =>
        Binds(row) && index + 1 < rowCount && !firstRowHere;

    /// <summary>
    /// Takes back the kept rows at the end of <paramref name="steps"/> (not the first
    /// <paramref name="repeated"/>, nor a row continued from the page before) so they move on with
    /// the row they are kept with, giving their height back to <paramref name="used"/>.
    /// </summary>
    public static void TakeBackKeptRows(List<TableRowStep> steps, int repeated, ref double used)
    {
        while (steps.Count > repeated && Binds(steps[^1].Row.Model.Row) && !steps[^1].Row.Continued)
        {
            used -= steps[^1].Plan.Height;
            steps.RemoveAt(steps.Count - 1);
        }
    }
}
