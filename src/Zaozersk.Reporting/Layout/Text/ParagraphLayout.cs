using Zaozersk.Reporting.Documents;

namespace Zaozersk.Reporting.Layout;

/// <summary>A paragraph's resolved geometry in points, and its base text style (for empty lines and bullets).</summary>
internal sealed record ParagraphLayout(
    TextAlignment Alignment,
    double FirstLineIndent,
    double LeftIndent,
    double RightIndent,
    double SpaceBefore,
    double SpaceAfter,
    double LineSpacing,
    bool KeepWithNext,
    bool KeepTogether,
    TextStyle BaseStyle);
