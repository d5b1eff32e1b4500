namespace Zaozersk.Reporting.Layout;

/// <summary>A row (or the part of a row) planned for this page, to be drawn as measured.</summary>
/// <param name="Row">The row instance.</param>
/// <param name="Plan">How it fits: Full, or Partial for a row split here.</param>
/// <param name="Repeated">Whether it is a header row repeated on a continuation page.</param>
/// <param name="FirstOnPage">Whether nothing is above the row on this page, so its cells' content is first on the page.</param>
internal sealed record TableRowStep(TableRowInstance Row, SpacePlan Plan, bool Repeated, bool FirstOnPage)
{
    /// <summary>Whether the row is one of rows joined by a rowspan: each of its cells is then boxed on its own, so a merged cell's box covers its rows.</summary>
    public bool Boxed { get; init; }

    /// <summary>The parts of merged cells whose boxes start at this row on this page; null when none.</summary>
    public IReadOnlyList<MergedCellPiece>? Pieces { get; init; }

    /// <summary>For a row split here, the height it was measured in (its part may be shorter).</summary>
    public double? Room { get; init; }
}
