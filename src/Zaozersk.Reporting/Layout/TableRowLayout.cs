using Zaozersk.Reporting.Documents;

namespace Zaozersk.Reporting.Layout;

/// <summary>A row of the model with its cells placed on the grid.</summary>
internal sealed record TableRowLayout(int Index, TableRow Row, IReadOnlyList<TableCellLayout> Cells, string? Bookmark);
