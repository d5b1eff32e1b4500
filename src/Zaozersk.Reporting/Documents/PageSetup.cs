namespace Zaozersk.Reporting.Documents;

/// <summary>Paper, orientation and margins of a page section.</summary>
internal sealed record PageSetup
{
    /// <summary>ISO A4 in twips: 210 × 297 mm.</summary>
    public static readonly (Length Width, Length Height) A4 = (new Length(11906), new Length(16838));

    public Length Width { get; init; } = A4.Width;

    public Length Height { get; init; } = A4.Height;

    public PageOrientation Orientation { get; init; } = PageOrientation.Portrait;

    public Length MarginTop { get; init; } = Length.FromMillimetres(20);

    public Length MarginBottom { get; init; } = Length.FromMillimetres(20);

    public Length MarginLeft { get; init; } = Length.FromMillimetres(30);

    public Length MarginRight { get; init; } = Length.FromMillimetres(10);

    /// <summary>Distance from the top edge of the page to the header's text.</summary>
    public Length HeaderDistance { get; init; } = Length.FromMillimetres(10);

    /// <summary>Distance from the bottom edge of the page to the footer's text.</summary>
    public Length FooterDistance { get; init; } = Length.FromMillimetres(10);

    /// <summary>The page width as laid out (the long side in landscape).</summary>
    public Length PageWidth => Orientation == PageOrientation.Landscape ? Max(Width, Height) : Min(Width, Height);

    /// <summary>The page height as laid out.</summary>
    public Length PageHeight => Orientation == PageOrientation.Landscape ? Min(Width, Height) : Max(Width, Height);

    /// <summary>The width between the margins.</summary>
    public Length ContentWidth => PageWidth - MarginLeft - MarginRight;

    private static Length Max(Length a, Length b) => a > b ? a : b;

    private static Length Min(Length a, Length b) => a < b ? a : b;
}
