using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.Options;
using Zaozersk.Reporting.Tests.Interop;
using Zaozersk.Reporting.Tests.Localization;
using static Zaozersk.Reporting.Tests.Import.WordFile;

namespace Zaozersk.Reporting.Tests.Import.Foreign;

/// <summary>
/// Word features inside a measure's cells that must not corrupt the imported text: tracked changes,
/// content controls, fields, hidden text, special characters, smart tags and custom XML.
/// </summary>
public sealed class WordFeaturesInCellsTests
{
    private const string Ns = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    private const string Title = "ОТЧЕТ об исполнении Плана мероприятий в администрации Озерного сельского поселения на 2024–2026 годы за 2024 год";

    // A legacy form check box (FORMCHECKBOX) in a cell: its start up to its state, and its end.
    private const string FormCheckBox = "<w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:name w:val=\"Check1\"/><w:enabled/><w:checkBox><w:sizeAuto/><w:default w:val=\"0\"/>";

    private const string FormCheckBoxTickedByDefault = "<w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:checkBox><w:size w:val=\"20\"/><w:default w:val=\"1\"/>";

    private const string FormCheckBoxEnd = "</w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space=\"preserve\"> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";

    private static readonly string[] Header = ["№ п/п", "Мероприятие", "Исполнитель", "Срок", "Информация об исполнении"];

    /// <summary>A report of one measure, 1.1, whose execution cell holds <paramref name="cellXml"/> (w: elements inside w:tc).</summary>
    private static byte[] Report(string cellXml)
    {
        var table = T(5, Header, [">51. Организационные меры"], ["1.1", "Заседания комиссии", "Глава", "постоянно", "-"]);
        var row = table.Elements<TableRow>().Last();
        row.Elements<TableCell>().Last().Remove();
        row.Append(new TableCell($"<w:tc {Ns}>{cellXml}</w:tc>"));
        return Create(P(Title), table);
    }

    private static async Task<ImportResult> Import(string cellXml, MessageLanguage language = MessageLanguage.English) =>
        await new DocumentImporter(Options.Create(new ReportingOptions { Language = language })).ImportAsync(new MemoryStream(Report(cellXml)), "report.docx");

    private static string Execution(ImportResult imported) => imported.Document!.Sections[0].Items[0].Execution!;

    private static string Run(string text) => $"<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r>";

    private const string Tracked =
        "<w:p>" + "<w:r><w:t xml:space=\"preserve\">Проведено </w:t></w:r>"
        + "<w:del w:id=\"1\" w:author=\"Иванова\" w:date=\"2024-12-01T10:00:00Z\"><w:r><w:delText>три</w:delText></w:r></w:del>"
        + "<w:ins w:id=\"2\" w:author=\"Иванова\" w:date=\"2024-12-01T10:00:00Z\"><w:r><w:t>четыре</w:t></w:r></w:ins>"
        + "<w:r><w:t xml:space=\"preserve\"> заседания.</w:t></w:r></w:p>"
        + "<w:p><w:moveFrom w:id=\"3\" w:author=\"Иванова\"><w:r><w:t>Протоколы размещены.</w:t></w:r></w:moveFrom></w:p>"
        + "<w:p><w:moveTo w:id=\"4\" w:author=\"Иванова\"><w:r><w:t>Протоколы опубликованы.</w:t></w:r></w:moveTo></w:p>";

    [Fact]
    public async Task Tracked_changes_import_the_text_as_accepted_and_warn_at_the_measure()
    {
        var imported = await Import(Tracked);

        Assert.Equal("Проведено четыре заседания.\n\nПротоколы опубликованы.", Execution(imported));
        var warning = Assert.Single(imported.Diagnostics, d => d.Code == DiagnosticCodes.TrackedChanges);
        Assert.Equal("table 1, row 3, column 5", warning.Path);
        Assert.Contains("measure 1.1", warning.Message, StringComparison.Ordinal);
        Assert.Contains("accepted", warning.Message, StringComparison.Ordinal);
    }

    /// <summary>LibreOffice keeps tracked changes and hidden text when it saves the file again: the import reads its file alike.</summary>
    [Fact]
    [Trait(TestTraits.Speed, TestTraits.Slow)]
    public async Task A_file_with_tracked_changes_and_hidden_text_saved_again_by_libreoffice_imports_alike()
    {
        const string Cell = Tracked + "<w:p>" + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>Уточнить у Петровой.</w:t></w:r>" + "</w:p>";
        using var folder = new TempFolder("zr-revised-");
        var input = folder.Combine("in", "report.docx");
        Directory.CreateDirectory(Path.GetDirectoryName(input)!);
        await File.WriteAllBytesAsync(input, Report(Cell));
        var (code, output, error) = ExternalTools.Run("soffice", ["-env:UserInstallation=file://" + folder.Combine("profile"), "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", folder.Combine("out"), input]);
        Assert.True(code == 0, output + error);

        var original = await Import(Cell);
        var again = await new DocumentImporter().ImportAsync(folder.Combine("out", "report.docx"));

        Assert.Equal(Execution(original), Execution(again));
        Assert.Single(again.Diagnostics, d => d.Code == DiagnosticCodes.TrackedChanges && d.Path == "table 1, row 3, column 5");
        Assert.Single(again.Diagnostics, d => d.Code == DiagnosticCodes.TextNotImported && d.Message.Contains("«Уточнить у Петровой.»", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_tracked_changes_warning_is_in_plain_russian()
    {
        var imported = await Import(Tracked, MessageLanguage.Russian);

        var warning = Assert.Single(imported.Diagnostics, d => d.Code == DiagnosticCodes.TrackedChanges);
        Assert.Contains("мероприятии 1.1", warning.Message, StringComparison.Ordinal);
        Assert.Empty(MessageWords.EnglishIn(warning.Message));
        Assert.Equal("таблица 1, строка 3, столбец 5", warning.Path);
    }

    [Fact]
    public async Task A_file_without_tracked_changes_has_no_such_warning()
    {
        var imported = await Import("<w:p>" + Run("Проведено четыре заседания.") + "</w:p>");

        Assert.DoesNotContain(imported.Diagnostics, d => d.Code == DiagnosticCodes.TrackedChanges);
    }

    [Fact]
    public async Task Content_controls_at_block_and_run_level_keep_their_text_and_not_their_properties()
    {
        var imported = await Import(
            "<w:sdt><w:sdtPr><w:alias w:val=\"Исполнение\"/><w:tag w:val=\"exec\"/></w:sdtPr><w:sdtContent>"
            + "<w:p>" + Run("Проведено ")
            + "<w:sdt><w:sdtPr><w:alias w:val=\"Число\"/></w:sdtPr><w:sdtContent>" + Run("4") + "</w:sdtContent></w:sdt>"
            + Run(" заседания.") + "</w:p></w:sdtContent></w:sdt>");

        Assert.Equal("Проведено 4 заседания.", Execution(imported));
    }

    [Fact]
    public async Task An_empty_content_control_showing_its_prompt_imports_no_prompt_and_reports_it()
    {
        var imported = await Import(
            "<w:p>" + Run("Проведено ")
            + "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val=\"PlaceholderText\"/></w:rPr><w:t>Место для ввода текста.</w:t></w:r></w:sdtContent></w:sdt>"
            + Run(" заседаний.") + "</w:p>"
            + "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p>" + Run("Введите дату.") + "</w:p></w:sdtContent></w:sdt>");

        Assert.Equal("Проведено  заседаний.", Execution(imported));
        var prompts = imported.Diagnostics.Where(d => d.Code == DiagnosticCodes.TextNotImported && d.Message.Contains("prompt of an empty input field (content control) in measure 1.1", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, prompts.Count);
        Assert.Contains("«Место для ввода текста.»", prompts[0].Message, StringComparison.Ordinal);
        Assert.Contains("«Введите дату.»", prompts[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fields_import_their_displayed_result_never_the_field_code()
    {
        var imported = await Import(
            "<w:p>" + Run("См. ")
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> HYPERLINK \"https://zaozersk.ru/kom\" </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + Run("сайт") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            + Run(", стр. ") + "<w:fldSimple w:instr=\" PAGE \">" + Run("7") + "</w:fldSimple>"
            + Run(", дата ") + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>DATE \\@ \"dd.MM.yyyy\"</w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + Run("01.12.2024") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            + Run(".") + "</w:p>");

        Assert.Equal("См. сайт, стр. 7, дата 01.12.2024.", Execution(imported));
    }

    [Fact]
    public async Task Hidden_text_is_left_out_as_Word_prints_it_and_reported_with_its_words()
    {
        var imported = await Import(
            "<w:p>" + Run("Проведено 4 заседания.")
            + "<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space=\"preserve\"> Уточнить у Петровой.</w:t></w:r>"
            + "<w:r><w:rPr><w:vanish w:val=\"0\"/></w:rPr><w:t xml:space=\"preserve\"> Итог подведен.</w:t></w:r>"
            + "<w:r><w:rPr><w:webHidden/></w:rPr><w:t xml:space=\"preserve\"> Видно.</w:t></w:r></w:p>");

        Assert.Equal("Проведено 4 заседания. Итог подведен. Видно.", Execution(imported));
        var warning = Assert.Single(imported.Diagnostics, d => d.Code == DiagnosticCodes.TextNotImported && d.Message.Contains("hidden", StringComparison.Ordinal));
        Assert.Contains("«Уточнить у Петровой.»", warning.Message, StringComparison.Ordinal);
        Assert.Contains("measure 1.1", warning.Message, StringComparison.Ordinal);
        Assert.Equal("table 1, row 3, column 5", warning.Path);

        var russian = await Import("<w:p>" + Run("Проведено.") + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>Черновик</w:t></w:r></w:p>", MessageLanguage.Russian);
        var said = Assert.Single(russian.Diagnostics, d => d.Code == DiagnosticCodes.TextNotImported);
        Assert.Contains("скрыт", said.Message, StringComparison.Ordinal);
        Assert.Empty(MessageWords.EnglishIn(said.Message));
    }

    [Fact]
    public async Task Special_characters_in_a_cell_become_their_text()
    {
        var imported = await Import(
            "<w:p><w:r><w:t>Анти</w:t><w:softHyphen/><w:t>коррупционная экспертиза проектов</w:t><w:noBreakHyphen/><w:t>постановлений</w:t>"
            + "<w:tab/><w:t>12</w:t><w:br/><w:t>Вторая строка</w:t><w:cr/><w:t>Третья строка</w:t>"
            + "<w:br w:type=\"page\"/><w:t xml:space=\"preserve\"> температура </w:t><w:sym w:font=\"Symbol\" w:char=\"F0B1\"/><w:t>2</w:t>"
            + "<w:sym w:font=\"Symbol\" w:char=\"F0B0\"/></w:r></w:p>");

        Assert.Equal("Антикоррупционная экспертиза проектов\u2011постановлений\t12\nВторая строка\nТретья строка температура ±2°", Execution(imported));
        Assert.DoesNotContain(imported.Diagnostics, d => d.Code == DiagnosticCodes.TextNotImported);
    }

    /// <summary>LibreOffice saves a w:sym as the symbol's code typed as text in a run of the symbol font.</summary>
    [Fact]
    public async Task Symbol_codes_typed_in_a_run_of_a_symbol_font_become_their_letters()
    {
        var imported = await Import(
            "<w:p>" + Run("допуск ") + "<w:r><w:rPr><w:rFonts w:ascii=\"Symbol\" w:hAnsi=\"Symbol\"/></w:rPr><w:t>\uF0B1</w:t></w:r>" + Run("2, отметка ")
            + "<w:r><w:rPr><w:rFonts w:ascii=\"Wingdings\" w:hAnsi=\"Wingdings\"/></w:rPr><w:t>\uF0FC\uF0F0</w:t></w:r></w:p>");

        Assert.Equal("допуск ±2, отметка ✓", Execution(imported));
        var warning = Assert.Single(imported.Diagnostics, d => d.Code == DiagnosticCodes.TextNotImported);
        Assert.Contains("«Wingdings F0F0»", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_symbol_of_a_symbol_font_with_no_known_letter_is_left_out_and_reported()
    {
        var imported = await Import("<w:p>" + Run("Проведено ") + "<w:r><w:sym w:font=\"Webdings\" w:char=\"F061\"/></w:r></w:p>");

        var warning = Assert.Single(imported.Diagnostics, d => d.Code == DiagnosticCodes.TextNotImported);
        Assert.Contains("Webdings", warning.Message, StringComparison.Ordinal);
        Assert.Contains("measure 1.1", warning.Message, StringComparison.Ordinal);
        Assert.Equal("Проведено ", Execution(imported));
    }

    [Fact]
    public async Task Smart_tags_and_custom_xml_around_runs_keep_their_text()
    {
        var imported = await Import(
            "<w:customXml w:element=\"execution\"><w:p>" + Run("Заседание ")
            + "<w:smartTag w:uri=\"urn:schemas-microsoft-com:office:smarttags\" w:element=\"date\"><w:smartTagPr><w:attr w:name=\"Year\" w:val=\"2024\"/></w:smartTagPr>" + Run("12.03.2024") + "</w:smartTag>"
            + "<w:customXml w:element=\"place\"><w:customXmlPr><w:attr w:name=\"k\" w:val=\"v\"/></w:customXmlPr>" + Run(" в администрации") + "</w:customXml>"
            + Run(".") + "</w:p></w:customXml>");

        Assert.Equal("Заседание 12.03.2024 в администрации.", Execution(imported));
    }

    [Theory]
    [InlineData("Не исполнено.", "+", "", "«Не исполнено.»")]
    [InlineData("Исполнено\nПроведено 4 заседания.", "", "х", "«Исполнено»")]
    public async Task Ticks_that_disagree_with_a_status_paragraph_keep_the_text_and_warn(string execution, string done, string notDone, string quoted)
    {
        var table = T(7,
            ["№ п/п", "Мероприятие", "Исполнитель", "Срок", "Информация об исполнении", ">2Отметка о выполнении"],
            ["", "", "", "", "", "выполнено", "не выполнено"],
            [">71. Организационные меры"],
            ["1.1", "Заседания комиссии", "Глава", "постоянно", "-", done, notDone]);
        var cell = table.Elements<TableRow>().Last().Elements<TableCell>().ElementAt(4);
        cell.RemoveAllChildren<Paragraph>();
        foreach (var line in execution.Split('\n'))
        {
            cell.Append(P(line));
        }

        var docx = Create(P(Title), table);
        var imported = await new DocumentImporter().ImportAsync(new MemoryStream(docx), "report.docx");

        var item = imported.Document!.Sections[0].Items[0];
        Assert.Equal(done.Length > 0 ? MeasureStatus.Done : MeasureStatus.NotDone, item.Status);
        Assert.Equal(execution.Replace("\n", "\n\n", StringComparison.Ordinal), item.Execution);
        var warning = Assert.Single(imported.Diagnostics, d => d.Code == DiagnosticCodes.StatusDisagrees);
        Assert.Contains(quoted, warning.Message, StringComparison.Ordinal);
        Assert.Equal("table 1, row 4", warning.Path);
        var russian = await new DocumentImporter(Options.Create(new ReportingOptions { Language = MessageLanguage.Russian })).ImportAsync(new MemoryStream(docx), "report.docx");
        var said = Assert.Single(russian.Diagnostics, d => d.Code == DiagnosticCodes.StatusDisagrees);
        Assert.Contains("отметк", said.Message, StringComparison.Ordinal);
        Assert.Empty(MessageWords.EnglishIn(said.Message));
    }

    [Fact]
    public async Task Ticks_that_agree_with_a_status_paragraph_take_it_as_the_status_with_no_warning()
    {
        var table = T(7,
            ["№ п/п", "Мероприятие", "Исполнитель", "Срок", "Информация об исполнении", ">2Отметка о выполнении"],
            ["", "", "", "", "", "выполнено", "не выполнено"],
            [">71. Организационные меры"],
            ["1.1", "Заседания комиссии", "Глава", "постоянно", "Не исполнено.", "", "х"]);

        var imported = await new DocumentImporter().ImportAsync(new MemoryStream(Create(P(Title), table)), "report.docx");

        Assert.Equal(MeasureStatus.NotDone, imported.Document!.Sections[0].Items[0].Status);
        Assert.DoesNotContain(imported.Diagnostics, d => d.Code == DiagnosticCodes.StatusDisagrees);
    }

    /// <summary>Word's check box content control writes «☒» or «☐»; an older file a Wingdings symbol (w:sym F0FC, a check mark) or a form check box (FORMCHECKBOX, no text).</summary>
    [Theory]
    [InlineData("<w:sdt><w:sdtPr><w14:checkbox xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\"><w14:checked w14:val=\"1\"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>☒</w:t></w:r></w:sdtContent></w:sdt>",
        "<w:sdt><w:sdtPr><w14:checkbox xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\"><w14:checked w14:val=\"0\"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>☐</w:t></w:r></w:sdtContent></w:sdt>")]
    [InlineData("<w:r><w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/></w:r>", "")]
    [InlineData(FormCheckBox + "<w:checked/>" + FormCheckBoxEnd, FormCheckBox + FormCheckBoxEnd)]
    [InlineData(FormCheckBoxTickedByDefault + FormCheckBoxEnd, "")]
    public async Task A_check_box_or_a_wingdings_check_mark_under_done_is_the_status(string done, string notDone)
    {
        var table = T(7,
            ["№ п/п", "Мероприятие", "Исполнитель", "Срок", "Информация об исполнении", ">2Отметка о выполнении"],
            ["", "", "", "", "", "выполнено", "не выполнено"],
            [">71. Организационные меры"],
            ["1.1", "Заседания комиссии", "Глава", "постоянно", "Проведено.", "", ""]);
        var cells = table.Elements<TableRow>().Last().Elements<TableCell>().ToList();
        cells[5].InsertAfterSelf(new TableCell($"<w:tc {Ns}><w:p>{done}</w:p></w:tc>"));
        cells[6].InsertAfterSelf(new TableCell($"<w:tc {Ns}><w:p>{notDone}</w:p></w:tc>"));
        cells[5].Remove();
        cells[6].Remove();

        var imported = await new DocumentImporter().ImportAsync(new MemoryStream(Create(P(Title), table)), "report.docx");

        Assert.Equal(MeasureStatus.Done, imported.Document!.Sections[0].Items[0].Status);
        Assert.DoesNotContain(imported.Diagnostics, d => d.Code == DiagnosticCodes.TextNotImported);
    }
}
