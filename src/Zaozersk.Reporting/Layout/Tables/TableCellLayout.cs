using Zaozersk.Reporting.Documents;

namespace Zaozersk.Reporting.Layout;

/// <summary>A cell's place in the grid and how to build its content for a given width.</summary>
internal sealed record TableCellLayout(int Column, int Span, VerticalAlignment Alignment, Func<StackElement> Content)
{
    /// <summary>How many rows the cell covers, from its own row down.</summary>
    public int RowSpan { get; init; } = 1;

    /// <summary>The cell's structure node (TD or TH); null outside the document's structure.</summary>
    public StructureNode? Node { get; init; }
}
