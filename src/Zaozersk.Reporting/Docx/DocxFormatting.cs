using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Zaozersk.Reporting.Documents;
using M = Zaozersk.Reporting.Documents;

namespace Zaozersk.Reporting.Docx;

/// <summary>The model's formats as WordprocessingML properties; only the properties that are set are written.</summary>
internal static class DocxFormatting
{
    /// <summary>Fills paragraph properties; the SDK's typed setters keep the schema's element order.</summary>
    public static void Apply(ParagraphFormat format, ParagraphProperties properties)
    {
        if (format.KeepWithNext is { } keepNext)
        {
            properties.KeepNext = new KeepNext { Val = keepNext };
        }

        if (format.KeepTogether is { } keepLines)
        {
            properties.KeepLines = new KeepLines { Val = keepLines };
        }

        if (format.SpaceBefore is not null || format.SpaceAfter is not null || format.LineSpacing is not null)
        {
            // Only set attributes are written: the SDK writes an empty attribute for a null value.
            var spacing = new SpacingBetweenLines();
            if (format.SpaceBefore is { } before)
            {
                spacing.Before = Twips(before);
            }

            if (format.SpaceAfter is { } after)
            {
                spacing.After = Twips(after);
            }

            if (format.LineSpacing is { } line)
            {
                spacing.Line = Number((int)Math.Round(line * 240));
                spacing.LineRule = LineSpacingRuleValues.Auto;
            }

            properties.SpacingBetweenLines = spacing;
        }

        if (format.LeftIndent is not null || format.RightIndent is not null || format.FirstLineIndent is not null)
        {
            var indentation = new Indentation();
            if (format.LeftIndent is { } left)
            {
                indentation.Left = Twips(left);
            }

            if (format.RightIndent is { } right)
            {
                indentation.Right = Twips(right);
            }

            if (format.FirstLineIndent is { } first)
            {
                if (first.Twips >= 0)
                {
                    indentation.FirstLine = Twips(first);
                }
                else
                {
                    indentation.Hanging = Number(-first.Twips);
                }
            }

            properties.Indentation = indentation;
        }

        if (format.Alignment is { } alignment)
        {
            properties.Justification = new Justification
            {
                Val = alignment switch
                {
                    M.TextAlignment.Center => JustificationValues.Center,
                    M.TextAlignment.Right => JustificationValues.Right,
                    M.TextAlignment.Justify => JustificationValues.Both,
                    _ => JustificationValues.Left,
                },
            };
        }
    }

    /// <summary>Character properties for <paramref name="format"/>, or null when it sets nothing.</summary>
    public static RunProperties? Run(RunFormat format, string? characterStyle = null)
    {
        var children = RunChildren(format, characterStyle).ToList();
        return children.Count == 0 ? null : new RunProperties(children);
    }

    /// <summary>Character properties of a style.</summary>
    public static StyleRunProperties? StyleRun(RunFormat format)
    {
        var children = RunChildren(format, null).ToList();
        return children.Count == 0 ? null : new StyleRunProperties(children);
    }

    /// <summary>The run property elements in the order the schema requires (rStyle, rFonts, b, i, sz, u).</summary>
    private static IEnumerable<OpenXmlElement> RunChildren(RunFormat format, string? characterStyle)
    {
        if (characterStyle is not null)
        {
            yield return new RunStyle { Val = characterStyle };
        }

        if (format.Font is { } font)
        {
            yield return Fonts(font);
        }

        if (format.Bold is { } bold)
        {
            yield return new Bold { Val = bold };
            yield return new BoldComplexScript { Val = bold };
        }

        if (format.Italic is { } italic)
        {
            yield return new Italic { Val = italic };
            yield return new ItalicComplexScript { Val = italic };
        }

        if (format.Size is { } size)
        {
            yield return new FontSize { Val = HalfPoints(size) };
            yield return new FontSizeComplexScript { Val = HalfPoints(size) };
        }

        if (format.Underline is { } underline)
        {
            yield return new Underline { Val = underline ? UnderlineValues.Single : UnderlineValues.None };
        }
    }

    /// <summary>The same font in all four slots, so Cyrillic, Latin, complex-script and East Asian text agree.</summary>
    public static RunFonts Fonts(string font) => new() { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font };

    public static string Twips(Length length) => Number(length.Twips);

    public static string HalfPoints(Length size) => Number((int)Math.Round(size.Points * 2));

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
