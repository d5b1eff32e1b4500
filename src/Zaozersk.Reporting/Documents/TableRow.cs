namespace Zaozersk.Reporting.Documents;

/// <summary>
/// A table row. Header rows come first; those with <see cref="RepeatOnNewPage"/> are repeated at
/// the top of every continuation page (the official layout repeats only the column-number row).
/// </summary>
internal sealed record TableRow(IReadOnlyList<TableCell> Cells)
{
    public bool IsHeader { get; init; }

    public bool RepeatOnNewPage { get; init; }

    /// <summary>Keep this row on the same page as the next one (section rows).</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>Whether the row may break across pages; true for long measure rows.</summary>
    public bool AllowSplit { get; init; } = true;

    /// <summary>An outline (bookmark) entry that points at this row, such as a section title; null for none.</summary>
    public string? Bookmark { get; init; }
}
