namespace Zaozersk.Reporting.Import;

/// <summary>A Word table: its rows laid on the table grid, so merged cells keep their columns.</summary>
/// <param name="Number">1-based position among the body's top-level tables (0 for nested tables).</param>
/// <param name="ColumnCount">Columns of the table grid.</param>
/// <param name="Rows">The rows, in order.</param>
internal sealed class WordTable(int Number, int ColumnCount, IReadOnlyList<WordRow> Rows) : WordBlock
{
    /// <summary>1-based position among the body's top-level tables (0 for nested tables).</summary>
    public int Number { get; } = Number;

    /// <summary>Columns of the table grid.</summary>
    public int ColumnCount { get; } = ColumnCount;

    /// <summary>The rows, in order.</summary>
    public IReadOnlyList<WordRow> Rows { get; } = Rows;

    /// <inheritdoc/>
    public override bool IsEmpty => Rows.All(r => r.Cells.All(c => c.IsEmpty));
}
