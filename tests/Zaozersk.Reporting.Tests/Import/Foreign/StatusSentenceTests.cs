using Microsoft.Extensions.Options;
using Zaozersk.Reporting.Import;
using Zaozersk.Reporting.Tests.Localization;
using static Zaozersk.Reporting.Tests.Import.WordFile;

namespace Zaozersk.Reporting.Tests.Import.Foreign;

/// <summary>
/// A report with no status column that writes the status as the first words of the execution text,
/// in one paragraph with it («Исполнено. Проведено 2 заседания комиссии.»), as municipal reports often
/// do: the status is taken (ZR0210 says so) and the words are left out of the text; a sentence that
/// merely starts with such a word is not a status; in a report with a status column the text is kept as written.
/// </summary>
public sealed class StatusSentenceTests
{
    private const string Title = "ОТЧЕТ об исполнении Плана мероприятий по противодействию коррупции в администрации Озерного сельского поселения на 2024–2026 годы за 2024 год";

    private static readonly string[] Header = ["№ п/п", "Наименование мероприятия", "Ответственные исполнители", "Срок исполнения", "Информация об исполнении"];

    /// <summary>Rows of a report as municipalities write them: number, measure, responsible, deadline, execution.</summary>
    private static readonly string[][] Rows =
    [
        ["1.1", "Проведение заседаний комиссии по соблюдению требований к служебному поведению", "Глава поселения", "ежеквартально", "Исполнено. Проведено 2 заседания комиссии, рассмотрено 3 уведомления."],
        ["1.2", "Организация обучения муниципальных служащих", "Специалист по кадрам", "ежегодно", "Выполнено: проведено обучение 12 служащих по программе «Противодействие коррупции»."],
        ["1.3", "Антикоррупционная экспертиза проектов нормативных правовых актов", "Юрист", "постоянно", "Не исполнено, в связи с отсутствием штатного юриста экспертиза не проводилась."],
        ["1.4", "Размещение памяток на официальном сайте", "Специалист по связям с общественностью", "II квартал", "Частично исполнено — размещены 2 памятки из 4."],
        ["1.5", "Мониторинг обращений граждан о фактах коррупции", "Глава поселения", "постоянно", "Исполняется. Обращений о фактах коррупции не поступало."],
        ["1.6", "Анализ сведений о доходах", "Специалист по кадрам", "IV квартал 2025 года", "Срок не наступил:"],
        ["1.7", "Обучение служащих, впервые поступивших на службу", "Специалист по кадрам", "постоянно", "Выполнено обучение 2 служащих, впервые поступивших на муниципальную службу."],
        ["1.8", "Проверка соблюдения запретов", "Комиссия", "ежегодно", "Проверка проведена. Исполнено."],
    ];

    private static byte[] Report(string[] header, params string[][] rows) =>
        Create(P(Title), T(header.Length, [header, [">" + header.Length + "1. Организационные меры"], .. rows]));

    private static async Task<ImportResult> Import(byte[] docx, MessageLanguage language = MessageLanguage.English) =>
        await new DocumentImporter(Options.Create(new ReportingOptions { Language = language })).ImportAsync(new MemoryStream(docx), "report.docx");

    [Theory]
    [InlineData("Исполнено. Проведено 2 заседания комиссии.", MeasureStatus.Done, "Проведено 2 заседания комиссии.")]
    [InlineData("Выполнено: проведено обучение 12 служащих", MeasureStatus.Done, "проведено обучение 12 служащих")]
    [InlineData("ИСПОЛНЕНО.Проведено", MeasureStatus.Done, "Проведено")]
    [InlineData("Исполнено - размещено на сайте", MeasureStatus.Done, "размещено на сайте")]
    [InlineData("Исполнено\nПротокол № 3 от 12.03.2024", MeasureStatus.Done, "Протокол № 3 от 12.03.2024")]
    [InlineData("Исполнено...", MeasureStatus.Done, "")]
    [InlineData("Исполнено:", MeasureStatus.Done, "")]
    [InlineData("Не исполнено, в связи с отсутствием финансирования.", MeasureStatus.NotDone, "в связи с отсутствием финансирования.")]
    [InlineData("Не\u00A0выполнено — конкурс не состоялся", MeasureStatus.NotDone, "конкурс не состоялся")]
    [InlineData("Частично исполнено; памятки размещены", MeasureStatus.PartiallyDone, "памятки размещены")]
    [InlineData("Исполнено частично. Проведено 1 заседание из 2.", MeasureStatus.PartiallyDone, "Проведено 1 заседание из 2.")]
    [InlineData("Выполнено  частично – 3 из 5", MeasureStatus.PartiallyDone, "3 из 5")]
    [InlineData("Исполняется. Мониторинг ведется ежеквартально.", MeasureStatus.InProgress, "Мониторинг ведется ежеквартально.")]
    [InlineData("Срок не наступил, мероприятие запланировано на IV квартал.", MeasureStatus.NotDue, "мероприятие запланировано на IV квартал.")]
    [InlineData("Срок исполнения не наступил.  Запланировано на 2025 год", MeasureStatus.NotDue, "Запланировано на 2025 год")]
    public void A_status_followed_by_a_separator_is_split_from_the_text(string line, MeasureStatus status, string rest) =>
        Assert.Equal((status, rest), StatusSentence.Split(line));

    [Theory]
    [InlineData("Выполнено обучение 12 служащих.")]
    [InlineData("Исполнено в срок, акт № 5")]
    [InlineData("Исполнено частично проведено")]
    [InlineData("Исполнено-проведено")]
    [InlineData("Исполненное поручение доложено.")]
    [InlineData("Неисполнено.")]
    [InlineData("Проведено 2 заседания. Исполнено.")]
    [InlineData("Исполнено")]
    [InlineData("")]
    public void A_sentence_that_does_not_start_with_a_status_and_a_separator_is_not_split(string line) =>
        Assert.Null(StatusSentence.Split(line));

    [Fact]
    public async Task A_report_without_a_status_column_takes_the_status_from_the_first_words_and_keeps_the_rest()
    {
        var imported = await Import(Report(Header, Rows));

        Assert.DoesNotContain(imported.Diagnostics, d => d.IsError);
        var items = imported.Document!.Sections[0].Items;
        Assert.Equal(
            [MeasureStatus.Done, MeasureStatus.Done, MeasureStatus.NotDone, MeasureStatus.PartiallyDone, MeasureStatus.InProgress, MeasureStatus.NotDue, null, null],
            items.Select(i => i.Status));
        Assert.Equal(
            [
                "Проведено 2 заседания комиссии, рассмотрено 3 уведомления.",
                "проведено обучение 12 служащих по программе «Противодействие коррупции».",
                "в связи с отсутствием штатного юриста экспертиза не проводилась.",
                "размещены 2 памятки из 4.",
                "Обращений о фактах коррупции не поступало.",
                string.Empty,
                Rows[6][4],
                Rows[7][4],
            ],
            items.Select(i => i.Execution));

        // One warning per inferred status, at its row, naming the status and the words it came from.
        var inferred = imported.Diagnostics.Where(d => d.Code == DiagnosticCodes.StatusFromText).ToList();
        Assert.Equal(["table 1, row 3", "table 1, row 4", "table 1, row 5", "table 1, row 6", "table 1, row 7", "table 1, row 8"], inferred.Select(d => d.Path));
        Assert.All(inferred, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Contains("the status «Не исполнено» is read from the words the execution text starts with, «Не исполнено, в связи с отсутствием штатного юриста …»", inferred[2].Message, StringComparison.Ordinal);
        Assert.Contains("«Исполнено частично»", inferred[3].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_inference_is_said_in_russian_and_in_english()
    {
        var docx = Report(Header, Rows[0]);

        var english = Assert.Single((await Import(docx, MessageLanguage.English)).Diagnostics, d => d.Code == DiagnosticCodes.StatusFromText);
        var russian = Assert.Single((await Import(docx, MessageLanguage.Russian)).Diagnostics, d => d.Code == DiagnosticCodes.StatusFromText);

        Assert.Equal("таблица 1, строка 3", russian.Path);
        Assert.StartsWith("отметка о выполнении «Исполнено» взята из первых слов информации об исполнении «Исполнено. Проведено 2 заседания комиссии,", russian.Message, StringComparison.Ordinal);
        Assert.Empty(MessageWords.EnglishIn(russian.Path + ": " + russian.Message));
        Assert.Empty(MessageWords.RussianIn(english.Path + ": " + english.Message));
    }

    [Fact]
    public async Task The_rest_of_the_first_paragraph_joins_the_paragraphs_after_it_as_written()
    {
        var execution = new DocumentFormat.OpenXml.Wordprocessing.TableCell(P("Выполнено:"), P("проведено 2 заседания;"), P("рассмотрено 3 уведомления."));
        var table = T(5, Header, [">51. Организационные меры"], ["1.1", "Заседания комиссии", "Глава поселения", "ежеквартально", "x"]);
        var row = table.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().Last();
        row.ReplaceChild(execution, row.Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Last());
        var twoParagraphs = T(5, ["1.2", "Обучение", "Кадры", "ежегодно", "y"]);
        var second = twoParagraphs.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().Single();
        second.ReplaceChild(new DocumentFormat.OpenXml.Wordprocessing.TableCell(P("Исполнено. Обучено 12 служащих."), P("Программа размещена на сайте.")), second.Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Last());
        foreach (var extra in twoParagraphs.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().ToList())
        {
            table.Append(extra.CloneNode(true));
        }

        var imported = await Import(Create(P(Title), table));

        var items = imported.Document!.Sections[0].Items;
        Assert.Equal([MeasureStatus.Done, MeasureStatus.Done], items.Select(i => i.Status!.Value));
        Assert.Equal(["проведено 2 заседания;\n\nрассмотрено 3 уведомления.", "Обучено 12 служащих.\n\nПрограмма размещена на сайте."], items.Select(i => i.Execution));
    }

    [Fact]
    public async Task With_a_status_column_the_text_is_kept_as_written_and_only_a_disagreement_is_reported()
    {
        string[] header = [.. Header, "Отметка о выполнении"];
        var imported = await Import(Report(
            header,
            ["1.1", "Заседания комиссии", "Глава поселения", "ежеквартально", "Исполнено. Проведено 2 заседания комиссии.", "Исполнено"],
            ["1.2", "Экспертиза проектов актов", "Юрист", "постоянно", "Не исполнено, в связи с отсутствием юриста.", "Исполнено"],
            ["1.3", "Памятки на сайте", "Специалист", "II квартал", "Исполнено. Размещены 4 памятки.", string.Empty]));

        var items = imported.Document!.Sections[0].Items;
        Assert.Equal([MeasureStatus.Done, MeasureStatus.Done, null], items.Select(i => i.Status));
        Assert.Equal(["Исполнено. Проведено 2 заседания комиссии.", "Не исполнено, в связи с отсутствием юриста.", "Исполнено. Размещены 4 памятки."], items.Select(i => i.Execution));
        Assert.DoesNotContain(imported.Diagnostics, d => d.Code == DiagnosticCodes.StatusFromText);
        var disagreement = Assert.Single(imported.Diagnostics, d => d.Code == DiagnosticCodes.StatusDisagrees);
        Assert.Equal("table 1, row 4", disagreement.Path);
        Assert.Contains("«Не исполнено, в связи с отсутствием юриста.»", disagreement.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_tick_columns_the_text_is_kept_as_written()
    {
        var imported = await Import(Create(
            P(Title),
            T(7,
                [.. Header, ">2Отметка о выполнении"],
                ["", "", "", "", "", "выполнено", "не выполнено"],
                [">71. Организационные меры"],
                ["1.1", "Заседания комиссии", "Глава поселения", "ежеквартально", "Исполнено. Проведено 2 заседания.", "+", ""])));

        var item = imported.Document!.Sections[0].Items[0];
        Assert.Equal((MeasureStatus.Done, "Исполнено. Проведено 2 заседания."), (item.Status!.Value, item.Execution));
        Assert.DoesNotContain(imported.Diagnostics, d => d.Code == DiagnosticCodes.StatusFromText);
    }

    [Fact]
    public async Task A_plan_with_an_execution_column_keeps_its_text_as_written()
    {
        var imported = await Import(Create(
            P("ПЛАН мероприятий по противодействию коррупции в администрации Озерного сельского поселения на 2024–2026 годы"),
            T(5, ["№ п/п", "Наименование мероприятия", "Ответственные исполнители", "Срок исполнения", "Результат"], [">51. Организационные меры"],
                ["1.1", "Заседания комиссии", "Глава поселения", "ежеквартально", "Выполнено: не менее 4 заседаний в год."])));

        Assert.Equal(DocumentKind.Plan, imported.Document!.Kind);
        var item = imported.Document.Sections[0].Items[0];
        Assert.Equal(((MeasureStatus?)null, "Выполнено: не менее 4 заседаний в год."), (item.Status, item.Execution));
        Assert.DoesNotContain(imported.Diagnostics, d => d.Code == DiagnosticCodes.StatusFromText);
    }

    [Fact]
    public async Task A_report_of_this_library_whose_text_starts_with_its_status_imports_unchanged()
    {
        // The status prints as its own paragraph above the text: the text's own first words stay text.
        var seed = TestData.Seed;
        var first = seed.Sections[0].Items[0] with { Status = MeasureStatus.Done, Execution = "Исполнено. Проведено 2 заседания комиссии." };
        var report = seed with { Sections = [seed.Sections[0] with { Items = [first, .. seed.Sections[0].Items.Skip(1)] }, .. seed.Sections.Skip(1)] };

        var imported = await ImportRoundTripTests.RenderAndImport(report);

        Assert.Equal(PlanDocumentJson.Serialize(RoundTripNormalisation.Expected(report)), PlanDocumentJson.Serialize(imported.Document!));
        Assert.DoesNotContain(imported.Diagnostics, d => d.Code.StartsWith("ZR02", StringComparison.Ordinal));
    }
}
