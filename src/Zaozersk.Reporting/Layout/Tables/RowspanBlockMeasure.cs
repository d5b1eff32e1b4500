using Zaozersk.Reporting.Documents;

namespace Zaozersk.Reporting.Layout;

/// <summary>
/// Rows joined by a rowspan are placed together, so the merged cell can be drawn whole: this sizes
/// such a block. Each row is as tall as its own cells need; the last row a merged cell covers grows
/// by whatever more that cell needs.
/// </summary>
internal sealed class RowspanBlockMeasure(TableRowCache rows, TableRowMeasure measure, TableGeometry geometry)
{
    /// <summary>
    /// The heights of rows <paramref name="first"/>…<paramref name="last"/> placed as one block, or
    /// null when the block does not fit whole into <paramref name="height"/>.
    /// </summary>
    public double[]? Measure(int first, int last, double height, bool firstOnPage)
    {
        var insets = geometry.Insets;
        var heights = new double[last - first + 1];
        for (var i = first; i <= last; i++)
        {
            var plan = measure.Measure(rows.Fresh(i), height, firstOnPage && i == first, skipSpanning: true);
            if (plan.Kind != SpaceKind.Full)
            {
                return null;
            }

            heights[i - first] = plan.Height;
        }

        for (var i = first; i <= last; i++)
        {
            var instance = rows.Fresh(i);
            for (var c = 0; c < instance.Cells.Length; c++)
            {
                var cell = instance.Model.Cells[c];
                if (cell.RowSpan <= 1)
                {
                    continue;
                }

                var plan = instance.Cells[c].Measure(geometry.ContentWidth(cell), height - insets.Top - insets.Bottom, firstOnPage && i == first);
                if (plan.Kind != SpaceKind.Full)
                {
                    return null;
                }

                var end = Math.Min(last, i + cell.RowSpan - 1) - first;
                var have = PointSum.Of(heights.AsSpan((i - first)..(end + 1)));
                var need = plan.Height + insets.Top + insets.Bottom;
                if (need > have)
                {
                    heights[end] += need - have;
                }
            }
        }

        return heights.Sum() <= height + LayoutRules.Tolerance ? heights : null;
    }
}
