namespace Zaozersk.Reporting.Documents;

/// <summary>A table as wide as the text area, with single-line borders of <see cref="BorderWidth"/> (none when null).</summary>
internal sealed record Table(IReadOnlyList<ColumnWidth> Columns, IReadOnlyList<TableRow> Rows) : Block
{
    /// <summary>Which cell sits in which column, worked out when the table was read.</summary>
    public required TableGrid Grid { get; init; }

    public Length? BorderWidth { get; init; } = LayoutRules.DefaultBorderWidth;

    public CellPadding Padding { get; init; } = LayoutRules.DefaultCellPadding;

    /// <summary>Horizontal padding of a cell: the text width is the cell width less this.</summary>
    public Length HorizontalPadding => Padding.Left + Padding.Right;

    /// <summary>Absolute widths of the columns for a table <paramref name="available"/> wide; shares split what is left.</summary>
    public IReadOnlyList<Length> ResolveWidths(Length available)
    {
        var fixedTotal = Columns.Sum(c => c.Absolute?.Twips ?? 0);
        var shares = Columns.Sum(c => c.Absolute is null ? c.Share : 0);
        var left = Math.Max(0, available.Twips - fixedTotal);
        var widths = new List<Length>(Columns.Count);
        var given = 0;
        var lastRelative = -1;
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Absolute is { } absolute)
            {
                widths.Add(absolute);
                continue;
            }

            var share = shares > 0 ? (int)Math.Floor(left * Columns[i].Share / shares) : 0;
            widths.Add(new Length(share));
            given += share;
            lastRelative = i;
        }

        // Rounding remainder goes to the last relative column so the widths add up exactly.
        if (lastRelative >= 0)
        {
            widths[lastRelative] = new Length(widths[lastRelative].Twips + left - given);
        }

        return ColumnBoundaries.Stabilize(widths);
    }
}
