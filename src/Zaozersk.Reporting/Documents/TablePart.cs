namespace Zaozersk.Reporting.Documents;

/// <summary>
/// A run of a table's rows that a word processor must be given as a table of its own, with a
/// spacer paragraph (<see cref="LayoutRules.SpacerHeight"/>) before every part but the first. Both writers follow the same parts: the
/// DOCX writes them, the layout leaves the spacer's room before each part, so pages agree.
/// </summary>
/// <param name="Start">Index of the part's first row.</param>
/// <param name="Count">How many rows it has.</param>
/// <param name="OpenBottom">Whether its bottom border is left off (the next part's top border closes it).</param>
internal sealed record TablePart(int Start, int Count, bool OpenBottom)
{
    /// <summary>
    /// The parts of <paramref name="table"/>. Word and LibreOffice repeat only a run of header rows
    /// that starts at the top, so when the first header rows are not repeated (the official layout:
    /// titles once, the column-number row on every page) the titles are a part of their own. Rows at
    /// the end kept with the next block (the last row, kept with the signature block) are one-row
    /// parts: Word keeps a row with whatever follows when its paragraphs say so, but LibreOffice keeps
    /// a table with the next paragraph only when every paragraph of the table does — which must not
    /// be asked of the whole body (Word would then move all of it to a new page).
    /// </summary>
    public static IReadOnlyList<TablePart> Of(Table table)
    {
        var rows = table.Rows;
        var leading = rows.TakeWhile(r => r.IsHeader && !r.RepeatOnNewPage).Count();
        var head = leading > 0 && rows.Skip(leading).FirstOrDefault()?.RepeatOnNewPage == true ? leading : 0;
        var chain = ClosingChain(table, head);
        var parts = new List<TablePart>();
        if (head > 0)
        {
            parts.Add(new TablePart(0, head, OpenBottom: true));
        }

        if (rows.Count - head - chain > 0)
        {
            parts.Add(new TablePart(head, rows.Count - head - chain, OpenBottom: false));
        }

        for (var r = rows.Count - chain; r < rows.Count; r++)
        {
            parts.Add(new TablePart(r, 1, OpenBottom: false));
        }

        return parts;
    }

    /// <summary>
    /// How many rows at the end are kept with the block after the table: the last row when it is,
    /// with the kept rows just before it (a section row before its only measure). Headers and rows
    /// a rowspan reaches into stay in the table.
    /// </summary>
    private static int ClosingChain(Table table, int head)
    {
        var rows = table.Rows;
        var last = rows.Count - 1;
        if (last <= head || !rows[last].KeepWithNext)
        {
            return 0;
        }

        var start = last;
        while (start - 1 > head && rows[start - 1].KeepWithNext && !rows[start - 1].IsHeader)
        {
            start--;
        }

        // Rowspans tie rows into one block: the chain may not cut through one.
        if (table.Grid.BlockEnd(start - 1) >= start)
        {
            start = table.Grid.BlockEnd(start) + 1;
        }

        return start > last ? 0 : rows.Count - start;
    }
}
