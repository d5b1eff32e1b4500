namespace Zaozersk.Reporting.Documents;

/// <summary>A table cell; it spans <see cref="ColumnSpan"/> columns and <see cref="RowSpan"/> rows.</summary>
internal sealed record TableCell(IReadOnlyList<Block> Blocks)
{
    public int ColumnSpan { get; init; } = 1;

    public int RowSpan { get; init; } = 1;

    public VerticalAlignment VerticalAlignment { get; init; } = VerticalAlignment.Top;
}
