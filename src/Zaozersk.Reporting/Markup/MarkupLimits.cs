namespace Zaozersk.Reporting.Markup;

/// <summary>
/// Bounds on the markup a template may produce, checked while it is read, so that a runaway
/// template ends in a located error instead of exhausting the stack or memory.
/// </summary>
internal sealed record MarkupLimits
{
    /// <summary>The default depth: the built-in templates need about ten levels.</summary>
    public const int DefaultMaxDepth = 100;

    /// <summary>The default block count: the seed needs about 6.5 a measure, so 65,000 for 10,000 such measures.</summary>
    public const int DefaultMaxBlocks = Model.TextConvention.DefaultMaxBlocks;

    public static readonly MarkupLimits Default = new();

    /// <summary>How deeply elements may nest, <c>&lt;document&gt;</c> being level 1.</summary>
    public int MaxDepth { get; init; } = DefaultMaxDepth;

    /// <summary>How many blocks (paragraphs, lists, tables, page breaks, at any level) one document may hold.</summary>
    public int MaxBlocks { get; init; } = DefaultMaxBlocks;
}
