namespace Zaozersk.Reporting.Layout;

/// <summary>
/// How a row fits a height: as tall as its tallest cell plus the insets (and the gap before a new
/// table part); Partial when some cell does not finish, Wrap when no cell can place anything.
/// </summary>
internal sealed class TableRowMeasure(TableGeometry geometry)
{
    /// <summary>Measures <paramref name="row"/> in <paramref name="height"/>; with <paramref name="skipSpanning"/>, cells that span rows are left out (<see cref="MergedCellFlow"/> places them).</summary>
    public SpacePlan Measure(TableRowInstance row, double height, bool firstOnPage, bool skipSpanning = false) =>
        Measure(row, height, firstOnPage, skipSpanning, out _);

    /// <summary>As <see cref="Measure(TableRowInstance, double, bool, bool)"/>; <paramref name="placed"/> tells whether any of its cells would place some content.</summary>
    public SpacePlan Measure(TableRowInstance row, double height, bool firstOnPage, bool skipSpanning, out bool placed)
    {
        var insets = geometry.Insets;
        var gap = row.Gap;
        var content = height - gap - insets.Top - insets.Bottom;
        placed = false;
        if (content <= 0)
        {
            return SpacePlan.Wrap;
        }

        var tallest = 0.0;
        var unfinished = false;
        for (var c = 0; c < row.Cells.Length; c++)
        {
            if (skipSpanning && row.Model.Cells[c].RowSpan > 1)
            {
                continue;
            }

            var plan = row.Cells[c].Measure(geometry.ContentWidth(row.Model.Cells[c]), content, firstOnPage);
            switch (plan.Kind)
            {
                case SpaceKind.Full:
                    tallest = Math.Max(tallest, plan.Height);
                    placed = true;
                    break;
                case SpaceKind.Partial:
                    tallest = Math.Max(tallest, plan.Height);
                    placed = true;
                    unfinished = true;
                    break;
                case SpaceKind.Wrap:
                    unfinished = true;
                    break;
            }
        }

        if (!placed && unfinished)
        {
            return SpacePlan.Wrap;
        }

        var total = gap + tallest + insets.Top + insets.Bottom;
        return unfinished ? SpacePlan.Partial(total) : SpacePlan.Full(total);
    }
}
