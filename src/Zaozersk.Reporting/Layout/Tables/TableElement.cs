using Zaozersk.Reporting.Documents;

namespace Zaozersk.Reporting.Layout;

/// <summary>
/// A table, row by row. A row that does not fit splits between lines of its cells and continues
/// on the next page (nothing lost, nothing drawn twice), unless it may not split; on every
/// continuation page the header rows marked to repeat come first; a header row or a row kept with
/// the next moves to the next page together with it. Rows joined by a rowspan are placed one by one
/// like any other, the merged cell flowing through them and on to the next page. The rules live in
/// their own pieces: <see cref="RepeatedHeaderRows"/>, <see cref="MergedCellFlow"/>,
/// <see cref="RowKeepRule"/>, <see cref="RowSplitRule"/>; this class plans a page with them and
/// remembers where it stopped.
/// </summary>
internal sealed class TableElement : ILayoutElement
{
    private readonly IReadOnlyList<TableRow> _rows;
    private readonly TableGrid _grid;
    private readonly TableRowCache _fresh;
    private readonly TableRowMeasure _measure;
    private readonly TableGeometry _geometry;
    private readonly RepeatedHeaderRows _header;
    private readonly TableRowPainter _painter;
    private int _nextRow;
    private TableRowInstance? _current;
    private bool _started;

    // The merged cells (rowspans) begun on an earlier page whose last row is still to come.
    private List<MergedCell> _open = [];

    /// <summary>A table of <paramref name="rows"/>, each laid out by <paramref name="layoutOf"/> (given the row's index) when it is reached.</summary>
    public TableElement(int tableNumber, IReadOnlyList<TableRow> rows, Func<int, TableRowLayout> layoutOf, TableGrid grid, TableGeometry geometry)
    {
        _rows = rows;
        _grid = grid;
        _fresh = new TableRowCache(layoutOf);
        _measure = new TableRowMeasure(geometry);
        _geometry = geometry;
        _header = new RepeatedHeaderRows(rows, layoutOf, _measure);
        _painter = new TableRowPainter(tableNumber, grid, geometry);
    }

    /// <summary>The height of a page's body, in points (unbounded when not known).</summary>
    public double PageBodyHeight { get; init; } = double.PositiveInfinity;

    /// <summary>A table whose last row is kept with the next element (the signature block after the plan table).</summary>
    public bool KeepWithNext => _rows.Count > 0 && _rows[^1].KeepWithNext;

    public bool IsComplete => _nextRow >= _rows.Count;

    public SpacePlan Measure(double width, double height, bool firstOnPage) => Plan(height, firstOnPage).Plan;

    public void Reset()
    {
        _nextRow = 0;
        _current = null;
        _started = false;
        _open = [];
        _fresh.Clear();
    }

    public void Draw(PageCanvas canvas, double x, double y, double width, double height, bool firstOnPage)
    {
        var (plan, steps, merged) = Plan(height, firstOnPage);
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

        foreach (var step in steps)
        {
            foreach (var piece in step.Pieces ?? [])
            {
                piece.Cell.Started = true;
            }
        }

        _open = merged.StillOpen();
    }

    /// <summary>
    /// Whether the row at <paramref name="index"/> can start in <paramref name="room"/> after a row
    /// kept with it: it fits whole, or it may split there. A merged cell standing in it does not
    /// count: its content flows on through the rows it covers, on this page and the next.
    /// </summary>
    private bool Starts(int index, double room)
    {
        var plan = _measure.Measure(_fresh.Fresh(index), room, firstOnPage: false, skipSpanning: true);
        return plan.Kind == SpaceKind.Full || (plan.Kind == SpaceKind.Partial && RowSplitRule.MaySplit(_rows[index], index == _rows.Count - 1, firstRowHere: false));
    }

    /// <summary>The rows (and the part of a row) that go on this page, from where the table stopped, and the merged cells among them.</summary>
    private (SpacePlan Plan, List<TableRowStep> Steps, MergedCellFlow Merged) Plan(double height, bool firstOnPage)
    {
        var steps = new List<TableRowStep>();
        var merged = new MergedCellFlow(_open, _rows.Count, _geometry);
        var used = 0.0;
        if (_started && !_header.TryPlace(steps, height, firstOnPage, ref used))
        {
            return (SpacePlan.Wrap, [], merged);
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

            // The row's own cells; a merged cell ending in it may make it taller, or split it.
            merged.Open(instance);
            var own = _measure.Measure(instance, height - used, rowFirstOnPage, skipSpanning: true, out var placed);
            var plan = merged.Fit(instance, own, placed, height - used, rowFirstOnPage);
            var boxed = InBlock(index);
            if (plan.Kind == SpaceKind.Full)
            {
                if (RowKeepRule.Applies(row, index, _rows.Count, firstRowHere) && !Starts(index + 1, height - used - plan.Height))
                {
                    // The row moves on with the one it is kept with, and so do kept rows before it on this page.
                    RowKeepRule.TakeBackKeptRows(steps, repeated, ref used);
                    merged.TakeBack(steps.Count);
                    if (steps.Count == repeated && !firstOnPage)
                    {
                        return (SpacePlan.Wrap, [], merged);
                    }

                    if (steps.Count > repeated)
                    {
                        break;
                    }
                }

                merged.Placed(instance, steps.Count, plan.Height, rowFirstOnPage, complete: true);
                steps.Add(new TableRowStep(instance, plan, Repeated: false, rowFirstOnPage) { Boxed = boxed });
                used += plan.Height;
                index++;
                if (index < _rows.Count)
                {
                    instance = _fresh.Fresh(index);
                }

                continue;
            }

            // A row whose own cells all fit, but not the rest of a merged cell ending in it, splits
            // however it may when that rest is taller than a page, as in a word processor: moving on
            // would gain nothing (and the row's own text is not split).
            if (plan.Kind == SpaceKind.Partial
                && ((own.Kind == SpaceKind.Full && merged.EndsTallerThan(instance, PageBodyHeight)) || RowSplitRule.MaySplit(row, index == _rows.Count - 1, firstUnkeptHere)))
            {
                merged.Placed(instance, steps.Count, plan.Height, rowFirstOnPage, complete: false);
                steps.Add(new TableRowStep(instance, plan, Repeated: false, rowFirstOnPage) { Boxed = boxed, Room = height - used });
                used += plan.Height;
            }

            break;
        }

        for (var s = repeated; s < steps.Count && merged.Any; s++)
        {
            if (merged.PiecesAt(s) is { } pieces)
            {
                steps[s] = steps[s] with { Pieces = pieces };
            }
        }

        if (steps.Count == repeated)
        {
            return (SpacePlan.Wrap, [], merged);
        }

        var complete = steps[^1].Plan.Kind == SpaceKind.Full && steps[^1].Row.Model.Index == _rows.Count - 1;
        return (complete ? SpacePlan.Full(used) : SpacePlan.Partial(used), steps, merged);
    }

    /// <summary>Whether the row is one of rows joined by a rowspan: the block it begins or one above reaches it.</summary>
    private bool InBlock(int index) => _grid.BlockEnd(index) > index || (index > 0 && _grid.BlockEnd(index - 1) >= index);
}
