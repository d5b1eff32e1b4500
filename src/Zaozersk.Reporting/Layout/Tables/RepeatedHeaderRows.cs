using Zaozersk.Reporting.Documents;

namespace Zaozersk.Reporting.Layout;

/// <summary>
/// The header rows marked to repeat, placed first on every continuation page of a table. They are
/// built once and rewound for each page they head.
/// </summary>
internal sealed class RepeatedHeaderRows(IReadOnlyList<TableRow> rows, Func<int, TableRowLayout> layoutOf, TableRowMeasure measure)
{
    private TableRowInstance[]? _repeats;

    /// <summary>Adds the repeated rows to <paramref name="steps"/>; false when they do not all fit whole into <paramref name="height"/>.</summary>
    public bool TryPlace(List<TableRowStep> steps, double height, bool firstOnPage, ref double used)
    {
        _repeats ??= [.. Enumerable.Range(0, rows.Count).Where(r => rows[r].IsHeader && rows[r].RepeatOnNewPage).Select(r => TableRowInstance.Of(layoutOf(r)) with { IsRepeat = true })];
        foreach (var repeat in _repeats)
        {
            foreach (var cell in repeat.Cells)
            {
                cell.Reset();
            }

            var first = firstOnPage && steps.Count == 0;
            var plan = measure.Measure(repeat, height - used, first);
            if (plan.Kind != SpaceKind.Full)
            {
                return false;
            }

            steps.Add(new TableRowStep(repeat, plan, Repeated: true, first));
            used += plan.Height;
        }

        return true;
    }
}
