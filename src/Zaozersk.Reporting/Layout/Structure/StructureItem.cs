namespace Zaozersk.Reporting.Layout;

/// <summary>
/// Marks where a structure node stands in reading order when it may have no text of its own (an
/// empty table cell, a row): nothing is drawn.
/// </summary>
internal sealed record StructureItem(StructureNode Node) : PageItem;
