using DocumentFormat.OpenXml.Wordprocessing;
using Zaozersk.Reporting.Documents;

namespace Zaozersk.Reporting.Docx;

/// <summary>
/// The styles part: document defaults (font in all four slots, size, language ru-RU), Word's
/// standard base styles, a Hyperlink character style, and one real paragraph style per model style.
/// </summary>
internal static class DocxStyles
{
    public const string HyperlinkStyle = "Hyperlink";
    public const string NormalStyle = "Normal";

    public static Styles Build(StyleSheet sheet, string language)
    {
        var (paragraphDefaults, runDefaults) = sheet.Resolve(null);
        var font = runDefaults.Font!;

        var defaultParagraph = new ParagraphPropertiesBaseStyle();
        var defaultParagraphFormat = new ParagraphProperties();
        DocxFormatting.Apply(paragraphDefaults, defaultParagraphFormat);
        defaultParagraph.SpacingBetweenLines = (SpacingBetweenLines?)defaultParagraphFormat.SpacingBetweenLines?.CloneNode(true);

        // Said, not left to the application: a paragraph may leave one line alone on a page. Word's
        // new-document default is on, the format's is off; the PDF's layout has no widow control.
        defaultParagraph.WidowControl = new WidowControl { Val = false };

        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    DocxFormatting.Fonts(font),
                    new FontSize { Val = DocxFormatting.HalfPoints(runDefaults.Size!.Value) },
                    new FontSizeComplexScript { Val = DocxFormatting.HalfPoints(runDefaults.Size!.Value) },
                    new Languages { Val = language, EastAsia = language, Bidi = "ar-SA" })),
                new ParagraphPropertiesDefault(defaultParagraph)),
            Paragraph(NormalStyle, "Normal", null, sheet.DefaultParagraph, sheet.DefaultRun, isDefault: true),
            new Style(
                new StyleName { Val = "Default Paragraph Font" },
                new UIPriority { Val = 1 },
                new SemiHidden(),
                new UnhideWhenUsed())
            { Type = StyleValues.Character, StyleId = "DefaultParagraphFont", Default = true },
            new Style(
                new StyleName { Val = "Normal Table" },
                new UIPriority { Val = 99 },
                new SemiHidden(),
                new UnhideWhenUsed(),
                new StyleTableProperties(
                    new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                    new TableCellMarginDefault(
                        new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                        new TableCellLeftMargin { Width = (short)LayoutRules.WordDefaultCellMargin.Twips, Type = TableWidthValues.Dxa },
                        new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                        new TableCellRightMargin { Width = (short)LayoutRules.WordDefaultCellMargin.Twips, Type = TableWidthValues.Dxa })))
            { Type = StyleValues.Table, StyleId = "TableNormal", Default = true },
            new Style(
                new StyleName { Val = "No List" },
                new UIPriority { Val = 99 },
                new SemiHidden(),
                new UnhideWhenUsed())
            { Type = StyleValues.Numbering, StyleId = "NoList", Default = true },
            new Style(
                new StyleName { Val = "Hyperlink" },
                new BasedOn { Val = "DefaultParagraphFont" },
                new UIPriority { Val = 99 },
                new UnhideWhenUsed(),

                // Links look like the text around them, as in the PDF: an official document prints
                // in black. Defined here so Word's own blue, underlined "Hyperlink" does not apply.
                new StyleRunProperties(new Color { Val = "000000" }))
            { Type = StyleValues.Character, StyleId = HyperlinkStyle });

        foreach (var style in sheet.Styles)
        {
            styles.Append(Paragraph(DocxIds.Style(style.Id), style.Name, style.BasedOn is null ? NormalStyle : DocxIds.Style(style.BasedOn), style.Paragraph, style.Run, isDefault: false));
        }

        return styles;
    }

    private static Style Paragraph(string id, string name, string? basedOn, ParagraphFormat paragraph, RunFormat run, bool isDefault)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null, CustomStyle = isDefault ? null : true };
        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        style.Append(new PrimaryStyle());
        var paragraphProperties = new ParagraphProperties();
        DocxFormatting.Apply(paragraph, paragraphProperties);
        if (paragraphProperties.HasChildren)
        {
            style.Append(new StyleParagraphProperties(paragraphProperties.ChildElements.Select(c => c.CloneNode(true))));
        }

        if (DocxFormatting.StyleRun(run) is { } runProperties)
        {
            style.Append(runProperties);
        }

        return style;
    }
}
