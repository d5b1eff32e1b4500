using Zaozersk.Reporting.Fonts;


namespace Zaozersk.Reporting.Layout;

/// <summary>A piece of text in one face and size, its left end at <see cref="X"/> on the baseline <see cref="Baseline"/>.</summary>
internal sealed record TextItem(double X, double Baseline, double Width, string Text, FontFace Face, double Size) : PageItem
{
    /// <summary>The part of the document the text belongs to; null for page furniture.</summary>
    public StructureNode? Node { get; init; }
}
