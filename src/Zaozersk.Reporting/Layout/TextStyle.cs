using Zaozersk.Reporting.Layout.Fonts;

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

    /// <summary>Font units to points at this size.</summary>
    public double FromUnits(long units) => units * Scale;

    /// <summary>Underline offset below the baseline and thickness, from the font's post table.</summary>
    public (double Offset, double Thickness) UnderlineGeometry => (-Metrics.UnderlinePosition * Scale, Math.Max(0.5, Metrics.UnderlineThickness * Scale));
}
