namespace Zaozersk.Reporting.Documents;

/// <summary>The content repeated at the top or bottom of pages.</summary>
internal sealed record HeaderFooter(IReadOnlyList<Block> Blocks);
