using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Zaozersk.Reporting.Tests.Import;

/// <summary>
/// A report written with the Open XML SDK in a layout unlike this library's: the header in the same
/// table as the data, a separate status column, sections as «I. …» and «Раздел II. …» (one with a
/// note), typed bullets («–», «•» and a tab), a vertically merged responsible cell, «ё» and «ОТЧЁТ»,
/// a typed non-breaking space after «№», a hyperlink, a page break before a continuation table that
/// repeats the header, signatures separated by tabs and the executor's telephone on its own line.
/// <see cref="Expected"/> is what it must import to.
/// </summary>
internal static class SdkForeignReport
{
    private const string Columns = "№ п/п|Наименование мероприятия|Ответственные исполнители|Срок исполнения|Информация о выполнении|Отметка о выполнении|Примечание";

    public static string FixturePath => RepositoryPaths.Combine("tests", "Zaozersk.Reporting.Tests", "Import", "Fixtures", "sdk-report.docx");

    public static PlanDocument Expected { get; } = new()
    {
        Kind = DocumentKind.Report,
        Organisation = "Совет депутатов муниципального округа Заозерное",
        PlanSubject = "мероприятий по противодействию коррупции в Совете депутатов муниципального округа Заозерное",
        PlanPeriod = new YearRange { From = 2024, To = 2026 },
        ReportPeriod = new ReportPeriod { Kind = ReportPeriodKind.NineMonths, Year = 2025 },
        Approval = new ApprovalBlock { Heading = "УТВЕРЖДЕНО", Act = "решением Совета депутатов муниципального округа Заозерное", Date = "12.12.2023", Number = "45" },
        Sections =
        [
            new PlanSection
            {
                Number = "I",
                Title = "Организационные мероприятия",
                Items =
                [
                    new PlanItem
                    {
                        Number = "1", Measure = "Проведение заседаний комиссии по противодействию коррупции",
                        Responsible = ["Аппарат Совета депутатов", "Председатель комиссии"], Deadline = "ежеквартально",
                        Status = MeasureStatus.Done,
                        Execution = "Проведены заседания:\n- 14.03.2025;\n- 20.06.2025;\n- 19.09.2025.\n\nПротоколы размещены: https://zaozernoe.ru/korrupcia",
                    },
                    new PlanItem
                    {
                        Number = "2", Measure = "Ведение журнала учёта уведомлений о склонении к коррупции",
                        Responsible = ["Аппарат Совета депутатов", "Председатель комиссии"], Deadline = "постоянно",
                        Status = MeasureStatus.InProgress,
                        Execution = "Уведомлений не поступало.\nЖурнал ведётся с 2024 года.",
                        Note = "приказ № 12",
                    },
                ],
            },
            new PlanSection
            {
                Number = "II",
                Title = "Антикоррупционное просвещение",
                Note = "Раздел исполняется совместно с прокуратурой",
                Items =
                [
                    new PlanItem
                    {
                        Number = "3", Measure = "Обучение депутатов по вопросам противодействия коррупции",
                        Responsible = ["Аппарат Совета депутатов"], Deadline = "IV квартал 2025 года",
                        Status = MeasureStatus.NotDue, Execution = string.Empty,
                    },
                    new PlanItem
                    {
                        Number = "4", Measure = "Размещение памяток в здании Совета",
                        Responsible = ["Аппарат Совета депутатов"], Deadline = "постоянно",
                        Status = MeasureStatus.PartiallyDone,
                        Execution = "• памятка о конфликте интересов;\n• памятка о подарках.",
                    },
                ],
            },
        ],
        Signatories = [new Signatory { Position = "Глава муниципального округа Заозерное", Name = "И.И. Сидоров" }],
        Executor = new Executor { Name = "Смирнова Ольга Петровна", Phone = "8 (81555) 1-23-45" },
    };

    /// <summary>Writes the document.</summary>
    public static void Write(string path)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var link = main.AddHyperlinkRelationship(new Uri("https://zaozernoe.ru/korrupcia"), true).Id;
        var body = new Body(
            Para("УТВЕРЖДЕНО решением Совета депутатов муниципального округа Заозерное от 12.12.2023 №\u00A045", JustificationValues.Right),
            Para("ОТЧЁТ о выполнении плана мероприятий по противодействию коррупции в Совете депутатов муниципального округа Заозерное на 2024—2026 годы за 9 месяцев 2025 года", JustificationValues.Center),
            DataTable(
                HeaderRow(),
                SectionRow("I. Организационные мероприятия"),
                Row(
                    Cell("1"),
                    Cell("Проведение заседаний комиссии по противодействию коррупции"),
                    Cell(merge: MergedCellValues.Restart, Para("Аппарат Совета депутатов"), Para("Председатель комиссии")),
                    Cell("ежеквартально"),
                    Cell(Para("Проведены заседания:"), Para("–\t14.03.2025;"), Para("– 20.06.2025;"), Para("–\t19.09.2025."),
                        new Paragraph(Run("Протоколы размещены: "), new Hyperlink(Run("https://zaozernoe.ru/korrupcia")) { Id = link })),
                    Cell("Исполнено"),
                    Cell(string.Empty)),
                Row(
                    Cell("2."),
                    Cell("Ведение журнала учёта уведомлений о склонении к коррупции"),
                    Cell(merge: MergedCellValues.Continue, new Paragraph()),
                    Cell("постоянно"),
                    Cell(new Paragraph(Run("Уведомлений не поступало."), new Run(new Break()), Run("Журнал ведётся с 2024 года."))),
                    Cell("исполняется"),
                    Cell("приказ №\u00A012"))),
            new Paragraph(new Run(new Break { Type = BreakValues.Page })),
            DataTable(
                HeaderRow(),
                SectionRow("Раздел II. Антикоррупционное просвещение", "Раздел исполняется совместно с прокуратурой"),
                Row(Cell("3"), Cell("Обучение депутатов по вопросам противодействия коррупции"), Cell("Аппарат Совета депутатов"), Cell("IV квартал 2025 года"), Cell(string.Empty), Cell("Срок не наступил"), Cell(string.Empty)),
                Row(Cell("4"), Cell("Размещение памяток в здании Совета"), Cell("Аппарат Совета депутатов"), Cell("постоянно"),
                    Cell(Para("• памятка о конфликте интересов;"), Para("•\tпамятка о подарках.")), Cell("Исполнено частично"), Cell(string.Empty))),
            new Paragraph(),
            new Paragraph(Run("Глава муниципального округа Заозерное"), new Run(new TabChar(), new TabChar(), new TabChar()), Run("И.И. Сидоров")),
            Para("Исполнитель: Смирнова Ольга Петровна"),
            Para("тел. 8 (81555) 1-23-45"));
        main.Document = new Document(body);
        document.PackageProperties.Creator = "Смирнова О.П.";
    }

    private static Table DataTable(params TableRow[] rows)
    {
        var table = new Table(
            new TableProperties(new TableBorders(new TopBorder { Val = BorderValues.Single }, new BottomBorder { Val = BorderValues.Single }, new InsideHorizontalBorder { Val = BorderValues.Single }, new InsideVerticalBorder { Val = BorderValues.Single })),
            new TableGrid(Enumerable.Range(0, 7).Select(_ => new GridColumn { Width = "2000" })));
        table.Append(rows);
        return table;
    }

    private static TableRow HeaderRow() => Row([.. Columns.Split('|').Select(title => Cell(title))]);

    private static TableRow SectionRow(string title, string? note = null)
    {
        var cell = new TableCell(new TableCellProperties(new GridSpan { Val = 7 }), Para(title));
        if (note is not null)
        {
            cell.Append(Para(note));
        }

        return new TableRow(cell);
    }

    private static TableRow Row(params TableCell[] cells) => new(cells);

    private static TableCell Cell(string text) => new(Para(text));

    private static TableCell Cell(params Paragraph[] paragraphs) => new(paragraphs);

    private static TableCell Cell(MergedCellValues merge, params Paragraph[] paragraphs)
    {
        var cell = new TableCell(new TableCellProperties(new VerticalMerge { Val = merge }));
        cell.Append(paragraphs);
        return cell;
    }

    private static Paragraph Para(string text, JustificationValues? alignment = null)
    {
        var paragraph = new Paragraph();
        if (alignment is { } value)
        {
            paragraph.Append(new ParagraphProperties(new Justification { Val = value }));
        }

        var parts = text.Split('\t');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                paragraph.Append(new Run(new TabChar()));
            }

            if (parts[i].Length > 0)
            {
                paragraph.Append(Run(parts[i]));
            }
        }

        return paragraph;
    }

    private static Run Run(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
}
