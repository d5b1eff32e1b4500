namespace Zaozersk.Reporting.Import;

/// <summary>A Word table: its rows laid on the table grid, so merged cells keep their columns.</summary>
/// <param name="number">1-based position among the body's top-level tables (0 for nested tables).</param>
/// <param name="columnCount">Columns of the table grid.</param>
/// <param name="rows">The rows, in order.</param>
internal sealed class WordTable(int number, int columnCount, IReadOnlyList<WordRow> rows) : WordBlock
{
    /// <summary>1-based position among the body's top-level tables (0 for nested tables).</summary>
    public int Number { get; } = number;

    /// <summary>Columns of the table grid.</summary>
    public int ColumnCount { get; } = columnCount;

    /// <summary>The rows, in order.</summary>
    public IReadOnlyList<WordRow> Rows { get; } = rows;

    /// <inheritdoc/>
    public override bool IsEmpty => Rows.All(r => r.Cells.All(c => c.IsEmpty));
}
