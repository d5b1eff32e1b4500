namespace Zaozersk.Reporting.Layout;

/// <summary>
/// A table, row by row. A row that does not fit splits between lines of its cells and continues
/// on the next page (nothing lost, nothing drawn twice), unless it may not split; on every
/// continuation page the header rows marked to repeat come first; a header row or a row kept with
/// the next moves to the next page together with it. Each part of a row is drawn as closed boxes,
/// so borders are complete on both sides of a page break.
/// </summary>
internal sealed class TableElement(
    int tableNumber,
    IReadOnlyList<TableRowLayout> rows,
    IReadOnlyList<double> columnWidths,
    (double Top, double Right, double Bottom, double Left) padding,
    double borderWidth,
    double pageBodyHeight) : ILayoutElement
{
    private const double Epsilon = 0.01;
    private readonly Dictionary<int, RowInstance> _fresh = [];

    // Left edge of every column and the table's right edge, from the table's left side.
    private readonly double[] _edges = Edges(columnWidths);

    // For each row, the last row of the block its rowspans tie it to (itself when none).
    private readonly int[] _groupEnd = GroupEnds(rows);
    private RowInstance[]? _repeats;
    private int _nextRow;
    private RowInstance? _current;
    private bool _started;

    /// <summary>A table whose last row is kept with the next element (the signature block after the plan table).</summary>
    public bool KeepWithNext => rows.Count > 0 && rows[^1].Row.KeepWithNext;

    public bool IsComplete => _nextRow >= rows.Count;

    public SpacePlan Measure(double width, double height) => Plan(height).Plan;

    public void Reset()
    {
        _nextRow = 0;
        _current = null;
        _started = false;
        _fresh.Clear();
    }

    public void Draw(PageCanvas canvas, double x, double y, double width, double height)
    {
        var (plan, steps) = Plan(height);
        if (plan.Kind is SpaceKind.Wrap or SpaceKind.Empty)
        {
            return;
        }

        var top = y;
        foreach (var step in steps)
        {
            DrawRow(canvas, step, x, top);
            top += step.Plan.Height;
            if (step.Repeated)
            {
                continue;
            }

            _fresh.Remove(step.Row.Model.Index);
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

    private (SpacePlan Plan, List<RowStep> Steps) Plan(double height)
    {
        var steps = new List<RowStep>();
        var used = 0.0;
        var atTop = height >= pageBodyHeight - Epsilon;
        if (_started)
        {
            // The repeated rows are built once and rewound for each page they head.
            _repeats ??= [.. rows.Where(r => r.Row.IsHeader && r.Row.RepeatOnNewPage).Select(r => new RowInstance(r, [.. r.Cells.Select(c => c.Content())], Continued: false) { IsRepeat = true })];
            foreach (var repeat in _repeats)
            {
                foreach (var cell in repeat.Cells)
                {
                    cell.Reset();
                }

                var plan = MeasureRow(repeat, height - used);
                if (plan.Kind != SpaceKind.Full)
                {
                    return (SpacePlan.Wrap, []);
                }

                steps.Add(new RowStep(repeat, plan, Repeated: true));
                used += plan.Height;
            }
        }

        var repeated = steps.Count;
        var index = _nextRow;
        var instance = _current ?? Fresh(index);
        while (index < rows.Count)
        {
            var row = rows[index].Row;
            var placedHere = steps.Count - repeated;
            if (_groupEnd[index] > index && !instance.Continued)
            {
                // Rows joined by a rowspan are placed together, so the merged cell can be drawn whole.
                var group = MeasureGroup(index, _groupEnd[index], height - used);
                if (group is { } heights)
                {
                    for (var g = 0; g < heights.Length; g++)
                    {
                        steps.Add(new RowStep(Fresh(index + g), SpacePlan.Full(heights[g]), Repeated: false) { GroupHeights = heights[g..] });
                        used += heights[g];
                    }

                    index += heights.Length;
                    if (index < rows.Count)
                    {
                        instance = Fresh(index);
                    }

                    continue;
                }

                if (!(atTop && placedHere == 0))
                {
                    break;
                }
            }

            var plan = MeasureRow(instance, height - used);
            if (plan.Kind == SpaceKind.Full)
            {
                var keep = (row.KeepWithNext || row.IsHeader) && index + 1 < rows.Count && !(atTop && placedHere == 0);
                if (keep && MeasureRow(Fresh(index + 1), height - used - plan.Height).Kind == SpaceKind.Wrap)
                {
                    // The row moves on with the one it is kept with, and so do kept rows before it on this page.
                    while (steps.Count > repeated && (steps[^1].Row.Model.Row.KeepWithNext || steps[^1].Row.Model.Row.IsHeader) && !steps[^1].Row.Continued)
                    {
                        used -= steps[^1].Plan.Height;
                        steps.RemoveAt(steps.Count - 1);
                    }

                    if (steps.Count == repeated && !atTop)
                    {
                        return (SpacePlan.Wrap, []);
                    }

                    if (steps.Count > repeated)
                    {
                        break;
                    }
                }

                steps.Add(new RowStep(instance, plan, Repeated: false));
                used += plan.Height;
                index++;
                if (index < rows.Count)
                {
                    instance = Fresh(index);
                }

                continue;
            }

            // A last row kept with the block after the table moves whole with it, as a word
            // processor keeps its paragraphs with the next: it splits only when taller than a page.
            var splittable = row.AllowSplit && !(row.KeepWithNext && index == rows.Count - 1);
            if (plan.Kind == SpaceKind.Partial && (splittable || (atTop && placedHere == 0)))
            {
                steps.Add(new RowStep(instance, plan, Repeated: false) { Room = height - used });
                used += plan.Height;
            }

            break;
        }

        if (steps.Count == repeated)
        {
            return (SpacePlan.Wrap, []);
        }

        var complete = steps[^1].Plan.Kind == SpaceKind.Full && steps[^1].Row.Model.Index == rows.Count - 1;
        return (complete ? SpacePlan.Full(used) : SpacePlan.Partial(used), steps);
    }

    private RowInstance Fresh(int index)
    {
        if (!_fresh.TryGetValue(index, out var instance))
        {
            instance = new RowInstance(rows[index], [.. rows[index].Cells.Select(c => c.Content())], Continued: false);
            _fresh[index] = instance;
        }

        return instance;
    }

    private SpacePlan MeasureRow(RowInstance row, double height, bool skipSpanning = false)
    {
        var gap = row.Gap;
        var content = height - gap - padding.Top - padding.Bottom;
        if (content <= 0)
        {
            return SpacePlan.Wrap;
        }

        var tallest = 0.0;
        var placed = false;
        var unfinished = false;
        for (var c = 0; c < row.Cells.Length; c++)
        {
            if (skipSpanning && row.Model.Cells[c].RowSpan > 1)
            {
                continue;
            }

            var plan = row.Cells[c].Measure(ContentWidth(row.Model.Cells[c]), content);
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

        var total = gap + tallest + padding.Top + padding.Bottom;
        return unfinished ? SpacePlan.Partial(total) : SpacePlan.Full(total);
    }

    /// <summary>
    /// The heights of rows <paramref name="first"/>…<paramref name="last"/> placed as one block: each
    /// row as tall as its own cells need, the last row a merged cell covers grown by whatever more
    /// that cell needs. Null when the block does not fit whole into <paramref name="height"/>.
    /// </summary>
    private double[]? MeasureGroup(int first, int last, double height)
    {
        var heights = new double[last - first + 1];
        for (var i = first; i <= last; i++)
        {
            var plan = MeasureRow(Fresh(i), height, skipSpanning: true);
            if (plan.Kind != SpaceKind.Full)
            {
                return null;
            }

            heights[i - first] = plan.Height;
        }

        for (var i = first; i <= last; i++)
        {
            var instance = Fresh(i);
            for (var c = 0; c < instance.Cells.Length; c++)
            {
                var cell = instance.Model.Cells[c];
                if (cell.RowSpan <= 1)
                {
                    continue;
                }

                var plan = instance.Cells[c].Measure(ContentWidth(cell), height - padding.Top - padding.Bottom);
                if (plan.Kind != SpaceKind.Full)
                {
                    return null;
                }

                var end = Math.Min(last, i + cell.RowSpan - 1) - first;
                var have = heights.AsSpan((i - first)..(end + 1)).ToArray().Sum();
                var need = plan.Height + padding.Top + padding.Bottom;
                if (need > have)
                {
                    heights[end] += need - have;
                }
            }
        }

        return heights.Sum() <= height + Epsilon ? heights : null;
    }

    private static int[] GroupEnds(IReadOnlyList<TableRowLayout> rows)
    {
        var ends = new int[rows.Count];
        var r = 0;
        while (r < rows.Count)
        {
            var end = r;
            var reach = r;
            for (var g = r; g <= reach && g < rows.Count; g++)
            {
                end = g;
                foreach (var cell in rows[g].Cells)
                {
                    reach = Math.Max(reach, Math.Min(rows.Count - 1, g + cell.RowSpan - 1));
                }
            }

            for (var g = r; g <= end; g++)
            {
                ends[g] = end;
            }

            r = end + 1;
        }

        return ends;
    }

    private void DrawRow(PageCanvas canvas, RowStep step, double x, double y)
    {
        var row = step.Row;

        // The gap before a new table part is white: the row's box starts below it.
        var gap = row.Gap;
        y += gap;
        var height = step.Plan.Height - gap;
        for (var c = 0; c < row.Cells.Length; c++)
        {
            var cell = row.Model.Cells[c];
            var left = x + _edges[cell.Column];
            var contentWidth = ContentWidth(cell);
            // A row part is drawn in the room it was measured in: its cells' content (a nested table
            // that splits only at the top of a page) must make the same choice when drawn.
            var cellHeight = step.GroupHeights is { } group && cell.RowSpan > 1 ? group.Take(cell.RowSpan).Sum() - gap : step.Room is { } room ? room - gap : height;
            var cellContent = cellHeight - padding.Top - padding.Bottom;
            var offset = 0.0;
            if (step.Plan.Kind == SpaceKind.Full && cell.Alignment != Documents.VerticalAlignment.Top)
            {
                var own = row.Cells[c].Measure(contentWidth, cellContent);
                var free = Math.Max(0, cellContent - own.Height);
                offset = cell.Alignment == Documents.VerticalAlignment.Center ? free / 2 : free;
            }

            row.Cells[c].Draw(canvas, left + padding.Left, y + padding.Top + offset, contentWidth, cellContent - offset);
            if (step.GroupHeights is not null && borderWidth > 0)
            {
                // In a block joined by rowspans each cell is boxed on its own: a merged cell's box covers its rows.
                var right = x + _edges[cell.Column + cell.Span];
                canvas.Add(new RuleItem(left, y, right, y, borderWidth));
                canvas.Add(new RuleItem(left, y + cellHeight, right, y + cellHeight, borderWidth));
                canvas.Add(new RuleItem(left, y, left, y + cellHeight, borderWidth));
                canvas.Add(new RuleItem(right, y, right, y + cellHeight, borderWidth));
            }
        }

        if (borderWidth > 0 && step.GroupHeights is null)
        {
            // One line along the top and the bottom of the row part, one at each cell edge: the
            // boxes are closed on both sides of a page break, and no line is drawn twice. Columns
            // a cell above spans into (rowspan) get their edges too, so the grid stays closed.
            var start = x + _edges[0];
            var end = x + _edges[^1];
            canvas.Add(new RuleItem(start, y, end, y, borderWidth));
            canvas.Add(new RuleItem(start, y + height, end, y + height, borderWidth));
            canvas.Add(new RuleItem(start, y, start, y + height, borderWidth));
            var covered = new bool[columnWidths.Count];
            foreach (var cell in row.Model.Cells)
            {
                covered.AsSpan(cell.Column, cell.Span).Fill(true);
                var edge = x + _edges[cell.Column + cell.Span];
                canvas.Add(new RuleItem(edge, y, edge, y + height, borderWidth));
            }

            for (var column = 0; column < covered.Length; column++)
            {
                if (!covered[column])
                {
                    var edge = x + _edges[column + 1];
                    canvas.Add(new RuleItem(edge, y, edge, y + height, borderWidth));
                }
            }
        }

        if (row.Model.Bookmark is { } bookmark && !row.Continued && !step.Repeated)
        {
            canvas.Add(new BookmarkItem(bookmark, y));
        }

        canvas.Add(new RowItem(tableNumber, row.Model.Index, y, height, row.Continued, step.Plan.Kind == SpaceKind.Full, step.Repeated));
    }

    private double ContentWidth(TableCellLayout cell) =>
        Math.Max(1, _edges[cell.Column + cell.Span] - _edges[cell.Column] - padding.Left - padding.Right);

    private static double[] Edges(IReadOnlyList<double> widths)
    {
        var edges = new double[widths.Count + 1];
        for (var i = 0; i < widths.Count; i++)
        {
            edges[i + 1] = edges[i] + widths[i];
        }

        return edges;
    }

    /// <summary>A row being laid out: its cells' content elements, which remember how far they got.</summary>
    private sealed record RowInstance(TableRowLayout Model, StackElement[] Cells, bool Continued)
    {
        /// <summary>A header row repeated on a continuation page: drawn without the gap of its first appearance.</summary>
        public bool IsRepeat { get; init; }

        /// <summary>The room left above this instance of the row.</summary>
        public double Gap => Continued || IsRepeat ? 0 : Model.GapBefore;
    }

    /// <summary>A row to draw; in a block joined by rowspans, <see cref="GroupHeights"/> are this row's and the following rows' heights.</summary>
    private sealed record RowStep(RowInstance Row, SpacePlan Plan, bool Repeated)
    {
        public double[]? GroupHeights { get; init; }

        /// <summary>For a row split here, the height it was measured in (its part may be shorter).</summary>
        public double? Room { get; init; }
    }
}
