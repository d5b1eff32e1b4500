namespace Zaozersk.Reporting.Layout;

/// <summary>A table row being laid out: its cells' content elements, which remember how far they got.</summary>
/// <param name="Model">The row and its cells' places in the grid.</param>
/// <param name="Cells">The content of each cell, in the row's cell order.</param>
/// <param name="Continued">Whether the row began on an earlier page (a split row's continuation).</param>
internal sealed record TableRowInstance(TableRowLayout Model, StackElement[] Cells, bool Continued)
{
    /// <summary>A header row repeated on a continuation page: drawn without the gap of its first appearance.</summary>
    public bool IsRepeat { get; init; }

    /// <summary>The room left above this instance of the row.</summary>
    public double Gap => Continued || IsRepeat ? 0 : Model.GapBefore;

    /// <summary>A fresh instance of <paramref name="model"/>, its cells' content built anew.</summary>
    public static TableRowInstance Of(TableRowLayout model) => new(model, [.. model.Cells.Select(c => c.Content())], Continued: false);
}
