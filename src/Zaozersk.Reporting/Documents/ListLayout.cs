namespace Zaozersk.Reporting.Documents;

/// <summary>Geometry of bulleted lists, shared by both writers so that lines break alike.</summary>
internal static class ListLayout
{
    /// <summary>Each nesting level moves the text this far right; the bullet hangs in that space.</summary>
    public static readonly Length IndentPerLevel = Length.FromMillimetres(5);
}
