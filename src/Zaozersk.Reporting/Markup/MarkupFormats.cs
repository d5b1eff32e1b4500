using Zaozersk.Reporting.Documents;
using Zaozersk.Reporting.Localization;

namespace Zaozersk.Reporting.Markup;

/// <summary>
/// Paragraph and run formats read from the markup's attributes, one instance per distinct format:
/// a report repeats a handful of formats on every paragraph and run, and each copy would otherwise
/// stay in memory with the document model.
/// </summary>
internal sealed class MarkupFormats(MarkupAttributes attributes, MarkupErrors errors)
{
    private readonly MarkupAttributes _attributes = attributes;
    private readonly MarkupErrors _errors = errors;
    private readonly Dictionary<ParagraphFormat, ParagraphFormat> _paragraphFormats = [];
    private readonly Dictionary<RunFormat, RunFormat> _runFormats = [];

    /// <summary>The one instance of <paramref name="format"/> (a merged format, say).</summary>
    public RunFormat Share(RunFormat format) => Shared(_runFormats, format);

    public ParagraphFormat Paragraph(MarkupElement element) => Shared(_paragraphFormats, new ParagraphFormat
    {
        Alignment = element.Attribute("align") switch
        {
            "left" => TextAlignment.Left,
            "center" => TextAlignment.Center,
            "right" => TextAlignment.Right,
            "justify" => TextAlignment.Justify,
            _ => null,
        },
        FirstLineIndent = _attributes.LengthOf(element, "indent-first"),
        LeftIndent = _attributes.LengthOf(element, "indent-left"),
        RightIndent = _attributes.LengthOf(element, "indent-right"),
        SpaceBefore = _attributes.LengthOf(element, "space-before"),
        SpaceAfter = _attributes.LengthOf(element, "space-after"),
        LineSpacing = element.Attribute("line-spacing") is { } spacing ? _attributes.ParseNumber(element, "line-spacing", spacing) : null,
        KeepWithNext = element.Flag("keep-with-next"),
        KeepTogether = element.Flag("keep-together"),
    });

    public RunFormat Run(MarkupElement element) => Shared(_runFormats, new RunFormat
    {
        Bold = element.Flag("bold"),
        Italic = element.Flag("italic"),
        Underline = element.Flag("underline"),
        Size = _attributes.LengthOf(element, "size") is { } size && size.Twips > 0 ? size : (element.Attribute("size") is null ? null : throw _errors.At(element, Localized.Text("size must be more than 0", "'size' должен быть больше 0"))),
        Font = element.Attribute("font"),
    });

    /// <summary>
    /// One instance per distinct format: a report repeats a handful of formats on every paragraph
    /// and run, and each copy would otherwise stay in memory with the document model.
    /// </summary>
    private static T Shared<T>(Dictionary<T, T> known, T format)
        where T : notnull
    {
        if (known.TryGetValue(format, out var shared))
        {
            return shared;
        }

        known.Add(format, format);
        return format;
    }
}
