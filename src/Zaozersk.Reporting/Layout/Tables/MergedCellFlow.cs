namespace Zaozersk.Reporting.Layout;

/// <summary>
/// Plans the merged cells (rowspans) on one page as a word processor lays them out: the rows they
/// cover are placed, split and moved on one by one, like any row; a merged cell's content fills the
/// height of its rows on the page and continues on the next; the last row it covers grows until
/// the rest of the content fits, or runs to the foot of the page and splits there. Planning a page
/// changes nothing: the cells move on only when <see cref="TableElement"/> draws the page.
/// </summary>
internal sealed class MergedCellFlow(IReadOnlyList<MergedCell> open, int rowCount, TableGeometry geometry)
{
    private readonly List<OnPage> _cells = [.. open.Select(c => new OnPage(c))];
    private readonly List<(TableRowInstance Row, int Step, double Height, bool FirstOnPage, bool Complete)> _placed = [];

    /// <summary>Whether any merged cell is on this page so far (most tables have none).</summary>
    public bool Any => _cells.Count > 0;

    /// <summary>The merged cells that stand in a fresh row (its first part on any page) start with it.</summary>
    public void Open(TableRowInstance row)
    {
        if (row.Continued)
        {
            return;
        }

        foreach (var known in _cells)
        {
            if (known.Cell.FirstRow == row.Model.Index)
            {
                return;
            }
        }

        for (var c = 0; c < row.Cells.Length; c++)
        {
            var cell = row.Model.Cells[c];
            if (cell.RowSpan > 1)
            {
                var last = Math.Min(rowCount - 1, row.Model.Index + cell.RowSpan - 1);
                _cells.Add(new OnPage(new MergedCell(cell, row.Cells[c], row.Model.Index, last)));
            }
        }
    }

    /// <summary>
    /// How <paramref name="row"/> fits <paramref name="room"/> with the merged cells that end in it:
    /// <paramref name="own"/> is how its own cells fit (<see cref="TableRowMeasure"/>, merged cells
    /// left out). Wrap when nothing at all of it would be placed: neither its own cells nor the
    /// content of a merged cell ending in it, which has had no room above on this page either.
    /// </summary>
    public SpacePlan Fit(TableRowInstance row, SpacePlan own, bool ownPlaced, double room, bool firstOnPage)
    {
        if (own.Kind == SpaceKind.Wrap)
        {
            return SpacePlan.Wrap;
        }

        var insets = geometry.Insets;
        var gap = row.Gap;
        var height = own.Height;
        var unfinished = own.Kind == SpaceKind.Partial;
        var progress = ownPlaced;
        foreach (var cell in _cells)
        {
            if (cell.Cell.LastRow != row.Model.Index)
            {
                continue;
            }

            cell.Room = cell.Above + room - gap - insets.Top - insets.Bottom;
            var first = cell.Anchor is null ? firstOnPage : cell.AnchorFirstOnPage;
            var plan = cell.Room > 0 ? cell.Cell.Content.Measure(geometry.ContentWidth(cell.Cell.Cell), cell.Room, first) : SpacePlan.Wrap;
            var content = plan.Kind == SpaceKind.Wrap ? 0 : plan.Height;
            height = Math.Max(height, gap + content + insets.Top + insets.Bottom - cell.Above);
            unfinished |= plan.Kind is SpaceKind.Partial or SpaceKind.Wrap;
            progress |= plan.Kind == SpaceKind.Partial || (plan.Kind == SpaceKind.Full && plan.Height > 0) || cell.Above > 0;
        }

        if (!progress && unfinished)
        {
            return SpacePlan.Wrap;
        }

        return unfinished ? SpacePlan.Partial(height) : SpacePlan.Full(height);
    }

    /// <summary>Whether the rest of a merged cell ending in <paramref name="row"/> is taller than a page body of <paramref name="pageHeight"/>.</summary>
    public bool EndsTallerThan(TableRowInstance row, double pageHeight)
    {
        var insets = geometry.Insets;
        foreach (var cell in _cells)
        {
            if (cell.Cell.LastRow == row.Model.Index
                && cell.Cell.Content.Measure(geometry.ContentWidth(cell.Cell.Cell), pageHeight - insets.Top - insets.Bottom, firstOnPage: false).Kind is not (SpaceKind.Full or SpaceKind.Empty))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Records that <paramref name="row"/> is placed as step <paramref name="step"/>, <paramref name="height"/> tall (with its gap).</summary>
    public void Placed(TableRowInstance row, int step, double height, bool firstOnPage, bool complete)
    {
        // A row placed before any merged cell is open covers none (a cell covers rows from its own down).
        if (_cells.Count > 0)
        {
            _placed.Add((row, step, height, firstOnPage, complete));
            Record(row, step, height, firstOnPage, complete);
        }
    }

    /// <summary>Forgets the rows placed as step <paramref name="count"/> and after (kept rows that move on with the row they are kept with).</summary>
    public void TakeBack(int count)
    {
        _placed.RemoveAll(p => p.Step >= count);
        foreach (var cell in _cells)
        {
            (cell.Anchor, cell.Above, cell.Ends, cell.EndsComplete) = (null, 0, false, false);
        }

        foreach (var (row, step, height, firstOnPage, complete) in _placed)
        {
            Record(row, step, height, firstOnPage, complete);
        }
    }

    private void Record(TableRowInstance row, int step, double height, bool firstOnPage, bool complete)
    {
        var index = row.Model.Index;
        foreach (var cell in _cells)
        {
            if (!cell.Cell.Covers(index))
            {
                continue;
            }

            if (cell.Anchor is null)
            {
                // The box starts below the gap of a new table part, as the row's own cells do.
                cell.Anchor = step;
                cell.AnchorFirstOnPage = firstOnPage;
                cell.Above -= row.Gap;
            }

            cell.Above += height;
            if (index == cell.Cell.LastRow)
            {
                cell.Ends = true;
                cell.EndsComplete = complete;
            }
        }
    }

    /// <summary>The pieces to draw with step <paramref name="step"/>, left to right.</summary>
    public IReadOnlyList<MergedCellPiece>? PiecesAt(int step)
    {
        List<MergedCellPiece>? pieces = null;
        foreach (var cell in _cells)
        {
            if (cell.Anchor == step)
            {
                var insets = geometry.Insets;
                var room = cell.Ends ? cell.Room : cell.Above - insets.Top - insets.Bottom;
                var whole = !cell.Cell.Started && cell.Ends && cell.EndsComplete;
                (pieces ??= []).Add(new MergedCellPiece(cell.Cell, cell.Above, room, whole, cell.AnchorFirstOnPage));
            }
        }

        pieces?.Sort((a, b) => a.Cell.Cell.Column.CompareTo(b.Cell.Cell.Column));
        return pieces;
    }

    /// <summary>The merged cells that go on to the next page: those whose last row is not complete on this one.</summary>
    public List<MergedCell> StillOpen() => [.. _cells.Where(c => c.Anchor is not null && !(c.Ends && c.EndsComplete)).Select(c => c.Cell)];

    /// <summary>A merged cell as planned on this page.</summary>
    private sealed class OnPage(MergedCell cell)
    {
        public MergedCell Cell { get; } = cell;

        /// <summary>The step its box is drawn with: the first row it covers on this page; null until one is placed.</summary>
        public int? Anchor { get; set; }

        public bool AnchorFirstOnPage { get; set; }

        /// <summary>The height of the rows it covers placed so far on this page (its box's height).</summary>
        public double Above { get; set; }

        /// <summary>The room its content was last measured in, for its last row.</summary>
        public double Room { get; set; }

        /// <summary>Whether its last row is placed on this page, and placed whole.</summary>
        public bool Ends { get; set; }

        public bool EndsComplete { get; set; }
    }
}
