namespace Zaozersk.Reporting.Documents;

/// <summary>Paragraph formatting; null properties inherit (from the style, then the defaults).</summary>
internal sealed record ParagraphFormat
{
    public static readonly ParagraphFormat Inherit = new();

    public TextAlignment? Alignment { get; init; }

    public Length? FirstLineIndent { get; init; }

    public Length? LeftIndent { get; init; }

    public Length? RightIndent { get; init; }

    public Length? SpaceBefore { get; init; }

    public Length? SpaceAfter { get; init; }

    /// <summary>Line spacing as a multiple of single spacing (1, 1.15, 1.5 …).</summary>
    public double? LineSpacing { get; init; }

    public bool? KeepWithNext { get; init; }

    public bool? KeepTogether { get; init; }

    /// <summary>This format with every property <paramref name="over"/> sets taken from it.</summary>
    public ParagraphFormat Merge(ParagraphFormat over) => new()
    {
        Alignment = over.Alignment ?? Alignment,
        FirstLineIndent = over.FirstLineIndent ?? FirstLineIndent,
        LeftIndent = over.LeftIndent ?? LeftIndent,
        RightIndent = over.RightIndent ?? RightIndent,
        SpaceBefore = over.SpaceBefore ?? SpaceBefore,
        SpaceAfter = over.SpaceAfter ?? SpaceAfter,
        LineSpacing = over.LineSpacing ?? LineSpacing,
        KeepWithNext = over.KeepWithNext ?? KeepWithNext,
        KeepTogether = over.KeepTogether ?? KeepTogether,
    };
}
