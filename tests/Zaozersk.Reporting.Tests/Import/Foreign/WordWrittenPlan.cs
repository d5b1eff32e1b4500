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
}

/// <summary>
/// A plan written the way Word writes one (not by this library): runs split mid-word with rsid
/// attributes, a proofing mark, section headings as paragraphs between separate tables, each
/// table with or without its own header row. The sections and measures are <see cref="Sections"/>.
/// </summary>
internal static class WordWrittenPlan
{
    public const string Organisation = "Администрация Озерного сельского поселения";

    public const string Subject = "мероприятий по противодействию коррупции в Администрации Озерного сельского поселения";

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
        main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
            new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "a", Default = true },
            new Style(new StyleName { Val = "heading 2" }, new BasedOn { Val = "a" }, new StyleRunProperties(new Bold())) { Type = StyleValues.Paragraph, StyleId = "2" });

        var body = new Body(
            Split("УТВЕРЖДЕН", JustificationValues.Right),
            Split("постановлением Администрации Озерного сельского поселения от 15.01.2025 № 3", JustificationValues.Right),
            new Paragraph(),
            Split("ПЛАН", JustificationValues.Center, bold: true),
            Split(Subject + " на 2025–2027 годы", JustificationValues.Center, bold: true),
            new Paragraph());
        for (var s = 0; s < Sections.Length; s++)
        {
            var (heading, _, _, measures) = Sections[s];
            body.Append(layout == HeadingLayout.HeadingStyle ? Styled(heading, "2") : Split(heading, JustificationValues.Center, bold: true));
            var table = Table(s == 0 || headerOnEveryTable, measures);
            body.Append(table);
            body.Append(new Paragraph());
        }

        body.Append(
            new Paragraph(Run("Глава Озерного "), Run("сельского поселения"), new Run(new TabChar()), new Run(new TabChar()), Run("А.В. Петров")),
            Split("Исполнитель: Иванова Мария Сергеевна, тел. 8 (81556) 2-11-09"));
        main.Document = new Document(body);
        document.PackageProperties.Creator = "user";
    }

    private static Table Table(bool header, string[][] measures)
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
            table.Append(new TableRow(measure.Select(text => new TableCell(Split(text)))));
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
