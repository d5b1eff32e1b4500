namespace Zaozersk.Reporting.Layout;

/// <summary>A row (or the part of a row) planned for this page, to be drawn as measured.</summary>
/// <param name="Row">The row instance.</param>
/// <param name="Plan">How it fits: Full, or Partial for a row split here.</param>
/// <param name="Repeated">Whether it is a header row repeated on a continuation page.</param>
/// <param name="FirstOnPage">Whether nothing is above the row on this page, so its cells' content is first on the page.</param>
internal sealed record TableRowStep(TableRowInstance Row, SpacePlan Plan, bool Repeated, bool FirstOnPage)
{
    /// <summary>In a block joined by rowspans, this row's and the following rows' heights; null otherwise.</summary>
    public double[]? GroupHeights { get; init; }

    /// <summary>For a row split here, the height it was measured in (its part may be shorter).</summary>
    public double? Room { get; init; }
}
