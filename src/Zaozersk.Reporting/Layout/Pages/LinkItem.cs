namespace Zaozersk.Reporting.Layout;

/// <summary>A clickable area leading to an external address.</summary>
internal sealed record LinkItem(double X, double Y, double Width, double Height, Uri Target) : PageItem
{
    /// <summary>The link's structure node; null for a link in page furniture.</summary>
    public StructureNode? Node { get; init; }
}
