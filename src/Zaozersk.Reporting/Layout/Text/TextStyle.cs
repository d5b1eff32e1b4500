using Zaozersk.Reporting.Fonts;


namespace Zaozersk.Reporting.Layout;

/// <summary>A resolved character style: bundled face, size in points, underline.</summary>
internal readonly record struct TextStyle(FontFace Face, double Size, bool Underline)
{
    public TrueTypeMetrics Metrics => BundledFonts.Metrics(Face);

    private double Scale => Size / Metrics.UnitsPerEm;

    /// <summary>Single line height as Word and LibreOffice use it (see <see cref="Documents.LayoutRules.LineHeight"/>).</summary>
    public double LineHeight
    {
        get
        {
            var metrics = Metrics;
            return Documents.LayoutRules.LineHeight(metrics.Ascender, metrics.Descender, metrics.LineGap, metrics.UnitsPerEm, Size);
        }
    }

    public double Ascent => Metrics.Ascender * Scale;

    public double Width(int codePoint) => Metrics.Advance(codePoint) * Scale;

    public double Width(string text) => Width(text.AsSpan());

    public double Width(ReadOnlySpan<char> text) => FromUnits(Units(text));

    /// <summary>The advance of <paramref name="text"/> in font units: whole numbers, so parts of a word add up exactly.</summary>
    public long Units(ReadOnlySpan<char> text)
    {
        var units = 0L;
        var metrics = Metrics;
        foreach (var rune in text.EnumerateRunes())
        {
            units += metrics.Advance(rune.Value);
        }

        return units;
    }

    /// <summary>
    /// The advance a word processor uses when it decides what fits on a line, in
    /// <see cref="WordProcessorRules.FitUnitsPerPoint"/>ths of a point: the font's advance rounded
    /// half away from zero, character by character (see <see cref="WordProcessorRules"/>).
    /// </summary>
    public long FitAdvance(int codePoint) => FitAdvanceIn(codePoint, FitTable);

    /// <summary>
    /// The advance of <paramref name="text"/> in font units and in fit units (see <see cref="FitAdvance"/>),
    /// in one pass: line breaking measures every word of a document both ways.
    /// </summary>
    public (long Units, long Fit) Measure(ReadOnlySpan<char> text)
    {
        var metrics = Metrics;
        var table = FitTable;
        var units = 0L;
        var fit = 0L;
        foreach (var rune in text.EnumerateRunes())
        {
            units += metrics.Advance(rune.Value);
            fit += FitAdvanceIn(rune.Value, table);
        }

        return (units, fit);
    }

    /// <summary>Every basic-plane fit advance at this size, when the size is in whole half points (all the templates use); else null.</summary>
    private int[]? FitTable
    {
        get
        {
            var halfPoints = Math.Round(Size * 2);
            return Math.Abs(halfPoints - (Size * 2)) < 1e-9 ? FitAdvanceTable.For(Face, (long)halfPoints) : null;
        }
    }

    private long FitAdvanceIn(int codePoint, int[]? table)
    {
        if (table is not null)
        {
            // Sizes in half points round exactly, so a tie always goes the same way.
            return codePoint < 0x10000 ? table[codePoint] : FitAdvanceTable.Round(Metrics.Advance(codePoint), (long)Math.Round(Size * 2), Metrics.UnitsPerEm);
        }

        return (long)Math.Round(Metrics.Advance(codePoint) * Size * WordProcessorRules.FitUnitsPerPoint / Metrics.UnitsPerEm, MidpointRounding.AwayFromZero);
    }

    /// <summary>Font units to points at this size.</summary>
    public double FromUnits(long units) => units * Scale;

    /// <summary>Underline offset below the baseline and thickness, from the font's post table.</summary>
    public (double Offset, double Thickness) UnderlineGeometry => (-Metrics.UnderlinePosition * Scale, Math.Max(0.5, Metrics.UnderlineThickness * Scale));
}
