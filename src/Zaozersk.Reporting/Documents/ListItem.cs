namespace Zaozersk.Reporting.Documents;

/// <summary>One bullet of a <see cref="BulletList"/>: the bullet goes before its first paragraph.</summary>
internal sealed record ListItem(IReadOnlyList<Block> Blocks);
