namespace Zaozersk.Reporting.Import;

/// <summary>One table row: its cells by grid column.</summary>
/// <param name="Number">1-based position in its table, for messages.</param>
/// <param name="Cells">The cells, left to right; a merged cell appears once with its span.</param>
internal sealed record WordRow(int Number, IReadOnlyList<WordCell> Cells);
