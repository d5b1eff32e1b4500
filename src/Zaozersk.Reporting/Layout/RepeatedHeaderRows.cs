namespace Zaozersk.Reporting.Layout;

/// <summary>
/// The header rows marked to repeat, placed first on every continuation page of a table. They are
/// built once and rewound for each page they head.
/// </summary>
internal sealed class RepeatedHeaderRows(IReadOnlyList<TableRowLayout> rows, TableRowMeasure measure)
{
    private TableRowInstance[]? _repeats;

    /// <summary>Adds the repeated rows to <paramref name="steps"/>; false when they do not all fit whole into <paramref name="height"/>.</summary>
    public bool TryPlace(List<TableRowStep> steps, double height, bool firstOnPage, ref double used)
    {
        _repeats ??= [.. rows.Where(r => r.Row.IsHeader && r.Row.RepeatOnNewPage).Select(r => TableRowInstance.Of(r) with { IsRepeat = true })];
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
