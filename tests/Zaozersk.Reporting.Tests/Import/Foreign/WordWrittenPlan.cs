using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Zaozersk.Reporting.Tests.Import.Foreign;

/// <summary>How a foreign plan writes its section headings.</summary>
public enum HeadingLayout
{
    /// <summary>A plain paragraph in bold runs between tables.</summary>
    BoldParagraph,

    /// <summary>A paragraph in a Heading style (style id «2», as Russian Word names «Заголовок 2»).</summary>
    HeadingStyle,

    /// <summary>
    /// Numbers only as Word list numbering: the Heading style carries level 1 of a multi-level list
    /// («%1.»), the number cells level 2 («%1.%2.»), written with no text.
    /// </summary>
    MultiLevelNumbering,

    /// <summary>Numbers only as Word list numbering: headings «I.», «II.» (upperRoman), number cells one decimal list «1.» … through the plan.</summary>
    RomanNumbering,
}

/// <summary>
/// A plan written the way Word writes one (not by this library): runs split mid-word with rsid
/// attributes, a proofing mark, section headings as paragraphs between separate tables, each
/// table with or without its own header row. The sections and measures are <see cref="Sections"/>.
/// </summary>
internal static class WordWrittenPlan
{
    public const string Organisation = "Администрация Озерного сельского поселения";

    public const string Subject = "мероприятий по противодействию коррупции в администрации Озерного сельского поселения";

    private static readonly string[] Columns = ["№ п/п", "Наименование мероприятия", "Ответственный исполнитель", "Срок исполнения"];

    /// <summary>The sections: heading as printed, expected number and title, and the measures (number, measure, responsible, deadline).</summary>
    public static readonly (string Heading, string Number, string Title, string[][] Measures)[] Sections =
    [
        ("1. Организационные меры", "1", "Организационные меры",
            [["1.1", "Проведение заседаний комиссии по соблюдению требований к служебному поведению", "Заместитель главы администрации", "ежеквартально"],
             ["1.2", "Актуализация перечня должностей, замещение которых связано с коррупционными рисками", "Специалист по кадрам", "до 1 марта ежегодно"]]),
        ("2. Антикоррупционное просвещение", "2", "Антикоррупционное просвещение",
            [["2.1", "Обучение муниципальных служащих, впервые поступивших на службу", "Специалист по кадрам", "в течение года"]]),
        ("Раздел 3. Открытость и доступность информации", "3", "Открытость и доступность информации",
            [["3.1", "Размещение сведений о доходах на официальном сайте", "Управляющий делами", "в течение 14 рабочих дней после 30 апреля"],
             ["3.2", "Рассмотрение обращений граждан о фактах коррупции", "Глава поселения", "постоянно"]]),
    ];

    /// <summary>Writes the plan to <paramref name="stream"/>; <paramref name="headerOnEveryTable"/> repeats the header row in each table.</summary>
    public static void Write(Stream stream, HeadingLayout layout, bool headerOnEveryTable)
    {
        using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var numbered = layout is HeadingLayout.MultiLevelNumbering or HeadingLayout.RomanNumbering;
        var headingProperties = new StyleParagraphProperties();
        if (numbered)
        {
            headingProperties.Append(new NumberingProperties(new NumberingId { Val = 1 }));
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = layout == HeadingLayout.MultiLevelNumbering
                ? new Numbering(
                    Abstract(0, ("decimal", "%1."), ("decimal", "%1.%2.")),
                    Abstract(1, ("decimal", "%1)")),
                    Instance(1, 0),
                    Instance(2, 1))
                : new Numbering(
                    Abstract(0, ("upperRoman", "%1.")),
                    Abstract(1, ("decimal", "%1.")),
                    Abstract(2, ("decimal", "%1)")),
                    Instance(1, 0),
                    Instance(3, 1),
                    Instance(2, 2));
        }

        main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
            new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "a", Default = true },
            new Style(new StyleName { Val = "heading 2" }, new BasedOn { Val = "a" }, headingProperties, new StyleRunProperties(new Bold())) { Type = StyleValues.Paragraph, StyleId = "2" });

        var body = new Body(
            Split("УТВЕРЖДЕН", JustificationValues.Right),
            Split("постановлением Администрации Озерного сельского поселения от 15.01.2025 № 3", JustificationValues.Right),
            new Paragraph(),
            Split("ПЛАН", JustificationValues.Center, bold: true),
            Split(Subject + " на 2025–2027 годы", JustificationValues.Center, bold: true),
            new Paragraph());
        for (var s = 0; s < Sections.Length; s++)
        {
            var (heading, _, title, measures) = Sections[s];
            body.Append(layout switch
            {
                HeadingLayout.BoldParagraph => Split(heading, JustificationValues.Center, bold: true),
                HeadingLayout.HeadingStyle => Styled(heading, "2"),
                _ => Styled(title, "2"),
            });
            var table = Table(s == 0 || headerOnEveryTable, measures, numbered ? (layout == HeadingLayout.MultiLevelNumbering ? (1, 1) : (3, 0)) : null);
            body.Append(table);
            body.Append(new Paragraph());
        }

        body.Append(
            new Paragraph(Run("Глава Озерного "), Run("сельского поселения"), new Run(new TabChar()), new Run(new TabChar()), Run("А.В. Петров")),
            Split("Исполнитель: Иванова Мария Сергеевна, тел. 8 (81556) 2-11-09"));
        main.Document = new Document(body);
        document.PackageProperties.Creator = "user";
    }

    /// <summary>The measure of section 1, item 2 as <see cref="Numbered"/> writes it: a «1)» list in its cell.</summary>
    public const string NumberedMeasure = "Актуализация перечня должностей:\n1) с коррупционными рисками;\n2) с обязанностью представлять сведения о доходах.";

    /// <summary>What a measure's number reads as in <paramref name="layout"/>: typed, or as Word numbers it.</summary>
    public static string MeasureNumber(HeadingLayout layout, int section, int item, string typed) => layout switch
    {
        HeadingLayout.RomanNumbering => (Sections.Take(section).Sum(s => s.Measures.Length) + item + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => typed,
    };

    /// <summary>What a section's number reads as in <paramref name="layout"/>.</summary>
    public static string SectionNumber(HeadingLayout layout, int section, string typed) =>
        layout == HeadingLayout.RomanNumbering ? new[] { "I", "II", "III" }[section] : typed;

    /// <summary>Whether the layout writes numbers as Word list numbering.</summary>
    public static bool Numbered(HeadingLayout layout) => layout is HeadingLayout.MultiLevelNumbering or HeadingLayout.RomanNumbering;

    private static AbstractNum Abstract(int id, params (string Format, string Text)[] levels)
    {
        var list = new AbstractNum { AbstractNumberId = id };
        for (var l = 0; l < levels.Length; l++)
        {
            list.Append(new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = new EnumValue<NumberFormatValues>(new NumberFormatValues(levels[l].Format)) },
                new LevelText { Val = levels[l].Text },
                new LevelJustification { Val = LevelJustificationValues.Left })
            { LevelIndex = l });
        }

        return list;
    }

    private static NumberingInstance Instance(int id, int abstractId) => new(new AbstractNumId { Val = abstractId }) { NumberID = id };

    private static Paragraph ListItem(string text, int numberingId, int level)
    {
        var paragraph = Split(text);
        paragraph.PrependChild(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numberingId })));
        return paragraph;
    }

    private static Table Table(bool header, string[][] measures, (int NumberingId, int Level)? numbers)
    {
        var table = new Table(
            new TableProperties(new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }, new TableBorders(new InsideHorizontalBorder { Val = BorderValues.Single }, new InsideVerticalBorder { Val = BorderValues.Single })),
            new TableGrid(new GridColumn { Width = "700" }, new GridColumn { Width = "4500" }, new GridColumn { Width = "2500" }, new GridColumn { Width = "2000" }));
        if (header)
        {
            table.Append(new TableRow([new TableRowProperties(new TableHeader()), .. Columns.Select(c => new TableCell(Split(c, JustificationValues.Center, bold: true)))]));
        }

        foreach (var measure in measures)
        {
            var cells = measure.Select(text => new TableCell(Split(text))).ToList();
            if (numbers is { } list)
            {
                // The number exists only as Word's list numbering of an empty paragraph.
                cells[0] = new TableCell(ListItem(string.Empty, list.NumberingId, list.Level));
                if (measure[0] == "1.2")
                {
                    cells[1] = new TableCell(Split("Актуализация перечня должностей:"), ListItem("с коррупционными рисками;", 2, 0), ListItem("с обязанностью представлять сведения о доходах.", 2, 0));
                }
            }

            table.Append(new TableRow(cells));
        }

        return table;
    }

    /// <summary>A paragraph whose text is cut into runs mid-word, each with an rsid, as Word saves an edited text.</summary>
    private static Paragraph Split(string text, JustificationValues? alignment = null, bool bold = false)
    {
        var paragraph = new Paragraph { RsidParagraphAddition = "00A1B2C3", RsidRunAdditionDefault = "00A1B2C3" };
        if (alignment is { } value)
        {
            paragraph.Append(new ParagraphProperties(new Justification { Val = value }));
        }

        var cuts = new[] { 0, text.Length / 3, text.Length * 2 / 3, text.Length }.Distinct().ToArray();
        if (text.Length == 0)
        {
            return paragraph;
        }

        for (var i = 0; i + 1 < cuts.Length; i++)
        {
            var run = Run(text[cuts[i]..cuts[i + 1]]);
            run.RsidRunProperties = i % 2 == 0 ? "00D4E5F6" : "00F6E5D4";
            if (bold)
            {
                run.PrependChild(new RunProperties(new Bold(), new BoldComplexScript()));
            }

            paragraph.Append(run);
            if (i == 0)
            {
                paragraph.Append(new ProofError { Type = ProofingErrorValues.SpellStart });
            }
        }

        return paragraph;
    }

    private static Paragraph Styled(string text, string style)
    {
        var paragraph = Split(text);
        paragraph.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        return paragraph;
    }

    private static Run Run(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
}
