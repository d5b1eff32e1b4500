using Zaozersk.Reporting.Documents;

namespace Zaozersk.Reporting.Layout;

/// <summary>
/// A table, row by row. A row that does not fit splits between lines of its cells and continues
/// on the next page (nothing lost, nothing drawn twice), unless it may not split; on every
/// continuation page the header rows marked to repeat come first; a header row or a row kept with
/// the next moves to the next page together with it. The rules live in their own pieces:
/// <see cref="RepeatedHeaderRows"/>, <see cref="RowspanBlockMeasure"/>, <see cref="RowKeepRule"/>,
/// <see cref="RowSplitRule"/>; this class plans a page with them and remembers where it stopped.
/// </summary>
internal sealed class TableElement : ILayoutElement
{
    private readonly IReadOnlyList<TableRow> _rows;
    private readonly TableGrid _grid;
    private readonly TableRowCache _fresh;
    private readonly TableRowMeasure _measure;
    private readonly RowspanBlockMeasure _blocks;
    private readonly RepeatedHeaderRows _header;
    private readonly TableRowPainter _painter;
    private int _nextRow;
    private TableRowInstance? _current;
    private bool _started;

    /// <summary>A table of <paramref name="rows"/>, each laid out by <paramref name="layoutOf"/> (given the row's index) when it is reached.</summary>
    public TableElement(int tableNumber, IReadOnlyList<TableRow> rows, Func<int, TableRowLayout> layoutOf, TableGrid grid, TableGeometry geometry)
    {
        _rows = rows;
        _grid = grid;
        _fresh = new TableRowCache(layoutOf);
        _measure = new TableRowMeasure(geometry);
        _blocks = new RowspanBlockMeasure(_fresh, _measure, geometry);
        _header = new RepeatedHeaderRows(rows, layoutOf, _measure);
        _painter = new TableRowPainter(tableNumber, grid, geometry);
    }

    /// <summary>A table whose last row is kept with the next element (the signature block after the plan table).</summary>
    public bool KeepWithNext => _rows.Count > 0 && _rows[^1].KeepWithNext;

    public bool IsComplete => _nextRow >= _rows.Count;

    public SpacePlan Measure(double width, double height, bool firstOnPage) => Plan(height, firstOnPage).Plan;

    public void Reset()
    {
        _nextRow = 0;
        _current = null;
        _started = false;
        _fresh.Clear();
    }

    public void Draw(PageCanvas canvas, double x, double y, double width, double height, bool firstOnPage)
    {
        var (plan, steps) = Plan(height, firstOnPage);
        if (plan.Kind is SpaceKind.Wrap or SpaceKind.Empty)
        {
            return;
        }

        var top = y;
        foreach (var step in steps)
        {
            _painter.Draw(canvas, step, x, top);
            top += step.Plan.Height;
            if (step.Repeated)
            {
                continue;
            }

            _fresh.Forget(step.Row.Model.Index);
            _started = true;
            if (step.Plan.Kind == SpaceKind.Full)
            {
                _nextRow = step.Row.Model.Index + 1;
                _current = null;
            }
            else
            {
                _current = step.Row with { Continued = true };
            }
        }
    }

    /// <summary>
    /// Whether the row at <paramref name="index"/> can start in <paramref name="room"/> after a row
    /// kept with it: a row that begins a block joined by rowspans only when the whole block fits,
    /// since the block is placed whole or moves on.
    /// </summary>
    private bool Starts(int index, double room)
    {
        var blockEnd = _grid.BlockEnd(index);
        return blockEnd > index
            ? _blocks.Measure(index, blockEnd, room, firstOnPage: false) is not null
            : _measure.Measure(_fresh.Fresh(index), room, firstOnPage: false).Kind != SpaceKind.Wrap;
    }

    /// <summary>The rows (and the part of a row) that go on this page, from where the table stopped.</summary>
    private (SpacePlan Plan, List<TableRowStep> Steps) Plan(double height, bool firstOnPage)
    {
        var steps = new List<TableRowStep>();
        var used = 0.0;
        if (_started && !_header.TryPlace(steps, height, firstOnPage, ref used))
        {
            return (SpacePlan.Wrap, []);
        }

        var repeated = steps.Count;
        var index = _nextRow;
        var instance = _current ?? _fresh.Fresh(index);
        while (index < _rows.Count)
        {
            var row = _rows[index];

            // The first row placed on a page the table starts (repeated headers aside) may break the
            // rules that would move it on: on the next page it would stand just as it does here.
            var firstRowHere = firstOnPage && steps.Count == repeated;

            // So may a row after only the rows kept with it (a section title): they would move on with it.
            var firstUnkeptHere = firstOnPage && steps.Skip(repeated).All(s => RowKeepRule.Binds(s.Row.Model.Row) && !s.Row.Continued);

            // Nothing at all above the row: its cells' content is first on the page.
            var rowFirstOnPage = firstOnPage && steps.Count == 0;
            var blockEnd = _grid.BlockEnd(index);
            if (blockEnd > index && !instance.Continued)
            {
                var block = _blocks.Measure(index, blockEnd, height - used, rowFirstOnPage);
                if (block is { } heights)
                {
                    for (var g = 0; g < heights.Length; g++)
                    {
                        steps.Add(new TableRowStep(_fresh.Fresh(index + g), SpacePlan.Full(heights[g]), Repeated: false, rowFirstOnPage && g == 0) { GroupHeights = heights[g..] });
                        used += heights[g];
                    }

                    index += heights.Length;
                    if (index < _rows.Count)
                    {
                        instance = _fresh.Fresh(index);
                    }

                    continue;
                }

                if (!firstUnkeptHere)
                {
                    break;
                }
            }

            var plan = _measure.Measure(instance, height - used, rowFirstOnPage);
            if (plan.Kind == SpaceKind.Full)
            {
                if (RowKeepRule.Applies(row, index, _rows.Count, firstRowHere) && !Starts(index + 1, height - used - plan.Height))
                {
                    // The row moves on with the one it is kept with, and so do kept rows before it on this page.
                    RowKeepRule.TakeBackKeptRows(steps, repeated, ref used);
                    if (steps.Count == repeated && !firstOnPage)
                    {
                        return (SpacePlan.Wrap, []);
                    }

                    if (steps.Count > repeated)
                    {
                        break;
                    }
                }

                steps.Add(new TableRowStep(instance, plan, Repeated: false, rowFirstOnPage));
                used += plan.Height;
                index++;
                if (index < _rows.Count)
                {
                    instance = _fresh.Fresh(index);
                }

                continue;
            }

            if (plan.Kind == SpaceKind.Partial && RowSplitRule.MaySplit(row, index == _rows.Count - 1, firstRowHere))
            {
                steps.Add(new TableRowStep(instance, plan, Repeated: false, rowFirstOnPage) { Room = height - used });
                used += plan.Height;
            }

            break;
        }

        if (steps.Count == repeated)
        {
            return (SpacePlan.Wrap, []);
        }

        var complete = steps[^1].Plan.Kind == SpaceKind.Full && steps[^1].Row.Model.Index == _rows.Count - 1;
        return (complete ? SpacePlan.Full(used) : SpacePlan.Partial(used), steps);
    }
}
