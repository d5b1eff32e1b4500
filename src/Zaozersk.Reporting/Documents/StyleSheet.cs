namespace Zaozersk.Reporting.Documents;

/// <summary>
/// The document defaults and its named paragraph styles, in declaration order (kept so that
/// output is byte-stable). Resolving walks the based-on chain down to the defaults.
/// </summary>
internal sealed record StyleSheet
{
    /// <summary>Times New Roman 14 pt, single spacing, left, no spacing: what a blank official document starts from.</summary>
    public static readonly (ParagraphFormat Paragraph, RunFormat Run) BuiltInDefaults = (
        new ParagraphFormat
        {
            Alignment = TextAlignment.Left,
            FirstLineIndent = Length.Zero,
            LeftIndent = Length.Zero,
            RightIndent = Length.Zero,
            SpaceBefore = Length.Zero,
            SpaceAfter = Length.Zero,
            LineSpacing = 1,
            KeepWithNext = false,
            KeepTogether = false,
        },
        new RunFormat { Bold = false, Italic = false, Underline = false, Size = LayoutRules.DefaultFontSize, Font = "Times New Roman" });

    public required ParagraphFormat DefaultParagraph { get; init; }

    public required RunFormat DefaultRun { get; init; }

    public required IReadOnlyList<ParagraphStyle> Styles { get; init; }

    /// <summary>The style declared as <paramref name="id"/>, or null.</summary>
    public ParagraphStyle? Find(string id)
    {
        // Indexed, not a query or foreach: this runs for every paragraph, and both would allocate
        // (a closure, or an enumerator through the interface) each time.
        for (var i = 0; i < Styles.Count; i++)
        {
            if (Styles[i].Id == id)
            {
                return Styles[i];
            }
        }

        return null;
    }

    /// <summary>The complete formats of <paramref name="styleId"/> (or of the defaults when null), every property set.</summary>
    public (ParagraphFormat Paragraph, RunFormat Run) Resolve(string? styleId)
    {
        var chain = new Stack<ParagraphStyle>();
        for (var style = styleId is null ? null : Find(styleId); style is not null; style = style.BasedOn is null ? null : Find(style.BasedOn))
        {
            if (chain.Count > Styles.Count)
            {
                throw new InvalidOperationException(Localization.Localized.Text($"style '{styleId}' is based on itself", $"стиль '{styleId}' основан сам на себе"));
            }

            chain.Push(style);
        }

        var paragraph = BuiltInDefaults.Paragraph.Merge(DefaultParagraph);
        var run = BuiltInDefaults.Run.Merge(DefaultRun);
        foreach (var style in chain)
        {
            paragraph = paragraph.Merge(style.Paragraph);
            run = run.Merge(style.Run);
        }

        return (paragraph, run);
    }
}
