namespace Zaozersk.Reporting.Documents;

/// <summary>A bulleted list; an item's blocks may hold a nested list.</summary>
internal sealed record BulletList(IReadOnlyList<ListItem> Items) : Block
{
    /// <summary>The bullet character: «•» by default, or the «-» the input typed.</summary>
    public string Bullet { get; init; } = "•";
}
