using static Zaozersk.Reporting.Tests.Import.WordFile;

namespace Zaozersk.Reporting.Tests.Import;

/// <summary>Nothing is silently dropped: every text that maps to no field is a warning naming its place; doubtful rows get the validator's diagnostics with their row.</summary>
public sealed class ImportDiagnosticsTests
{
    private static readonly string[] Header = ["№ п/п", "Мероприятие", "Исполнитель", "Срок", "Информация об исполнении", "Финансирование, тыс. руб."];

    [Fact]
    public async Task Every_stray_paragraph_and_cell_is_reported_with_its_place_and_first_words()
    {
        var docx = Create(
            P("Приложение № 3"),
            P("УТВЕРЖДЕН постановлением Администрации ЗАТО город Заозерск от 27.04.2022 № 336"),
            P("ОТЧЕТ об исполнении Плана мероприятий по противодействию коррупции в Администрации ЗАТО город Заозерск на 2021–2024 годы за 2022 год"),
            P("(в редакции от 01.02.2025)"),
            T(6, Header, [">61. Организационные мероприятия"], ["1.1", "Мера один", "Отдел", "постоянно", "Сделано", "120,0"]),
            P("Продолжение таблицы"),
            T(6, ["1.2", "Мера два", "Отдел", "постоянно", "Сделано", ""]),
            P("Глава ЗАТО город Заозерск\tО.Г. Полякова"),
            P("М.П."));

        var result = await new DocumentImporter().ImportAsync(new MemoryStream(docx), "stray.docx");

        var imports = result.Diagnostics.Where(d => d.Code.StartsWith("ZR02", StringComparison.Ordinal)).Select(d => (d.Code, d.Path)).ToList();
        Assert.Equal(
            [
                (DiagnosticCodes.TextNotImported, "paragraph 1"),
                (DiagnosticCodes.TextNotImported, "paragraph 4"),
                (DiagnosticCodes.UnknownColumn, "table 1, row 1, column 6"),
                (DiagnosticCodes.TextNotImported, "table 1, row 3, column 6"),
                (DiagnosticCodes.TextNotImported, "paragraph 5"),
                (DiagnosticCodes.TextNotImported, "paragraph 7"),
                (DiagnosticCodes.OrganisationDerived, "title"),
            ],
            imports);
        var messages = result.Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Contains(messages, m => m.StartsWith("stray.docx: warning ZR0205: paragraph 1: ", StringComparison.Ordinal) && m.EndsWith("«Приложение № 3»", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("«120,0»", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("«Продолжение таблицы»", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("«М.П.»", StringComparison.Ordinal));

        // What was recognised is all there, the continuation table included.
        var document = result.Document!;
        Assert.Equal(["1.1", "1.2"], document.Sections.Single().Items.Select(i => i.Number));
        Assert.Equal(("Глава ЗАТО город Заозерск", "О.Г. Полякова"), (document.Signatories.Single().Position, document.Signatories.Single().Name));
        Assert.Equal(("27.04.2022", "336"), (document.Approval!.Date, document.Approval.Number));
    }

    [Fact]
    public async Task Text_in_a_page_header_or_a_text_box_is_reported_too()
    {
        var docx = Create(
            "Проект, вносится Главой",
            TextBox("Печать организации"),
            P("ОТЧЕТ об исполнении Плана мероприятий в Администрации ЗАТО город Заозерск на 2021–2024 годы за 2022 год"),
            T(5, Header[..5], [">51. Раздел"], ["1.1", "А", "Отдел", "постоянно", "Да"]));

        var result = await new DocumentImporter().ImportAsync(new MemoryStream(docx), "boxes.docx");

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.TextNotImported && d.Path == "text box in paragraph 1" && d.Message.EndsWith("«Печать организации»", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.TextNotImported && d.Path == "page header" && d.Message.EndsWith("«Проект, вносится Главой»", StringComparison.Ordinal));
        Assert.Equal("1.1", result.Document!.Sections[0].Items[0].Number);
    }

    [Fact]
    public async Task A_number_and_a_title_merged_over_the_other_columns_is_a_section_without_doubt()
    {
        var docx = Create(
            P("ОТЧЕТ об исполнении Плана мероприятий в Администрации ЗАТО город Заозерск на 2021–2024 годы за 2022 год"),
            T(5, Header[..5], ["2.", ">4Кадровая работа"], ["2.1", "А", "Отдел", "постоянно", "Да"]));

        var result = await new DocumentImporter().ImportAsync(new MemoryStream(docx), "merged.docx");

        Assert.Equal(("2", "Кадровая работа"), (result.Document!.Sections[0].Number, result.Document.Sections[0].Title));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.RowReadAsSection);
    }

    [Fact]
    public async Task Rows_and_cells_inside_content_controls_are_read()
    {
        var table = T(5, Header[..5], [">51. Раздел"]);
        var item = T(5, ["1.1", "А", "Отдел", "постоянно", "Да"]).Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().Single();
        item.Remove();
        table.Append(new DocumentFormat.OpenXml.Wordprocessing.SdtRow(new DocumentFormat.OpenXml.Wordprocessing.SdtContentRow(item)));
        var docx = Create(P("ОТЧЕТ об исполнении Плана мероприятий в Администрации ЗАТО город Заозерск на 2021–2024 годы за 2022 год"), table);

        var result = await new DocumentImporter().ImportAsync(new MemoryStream(docx), "controls.docx");

        var measure = Assert.Single(result.Document!.Sections[0].Items);
        Assert.Equal(("1.1", "А", "Да"), (measure.Number, measure.Measure, measure.Execution));
    }

    [Fact]
    public async Task A_two_row_header_is_skipped_and_its_sub_labels_reported_not_made_a_measure()
    {
        // «Срок исполнения» over «план | факт»; the other titles merged down over both header rows.
        var table = T(6, ["№ п/п", "Мероприятие", "Исполнитель", ">2Срок исполнения", "Результат"], ["", "", "", "план", "факт", ""], [">61. Раздел"], ["1.1", "А", "Отдел", "I квартал", "март", "Да"]);
        var subRow = table.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().ElementAt(1);
        foreach (var cell in subRow.Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Where(c => c.InnerText.Length == 0))
        {
            cell.PrependChild(new DocumentFormat.OpenXml.Wordprocessing.TableCellProperties(new DocumentFormat.OpenXml.Wordprocessing.VerticalMerge()));
        }

        var docx = Create(P("ОТЧЕТ об исполнении Плана мероприятий в Администрации ЗАТО город Заозерск на 2021–2024 годы за 2022 год"), table);

        var result = await new DocumentImporter().ImportAsync(new MemoryStream(docx), "two-row-header.docx");

        var measure = Assert.Single(result.Document!.Sections.Single().Items);
        Assert.Equal(("1.1", "А", "I квартал", "Да"), (measure.Number, measure.Measure, measure.Deadline, measure.Execution));
        Assert.Contains(result.Diagnostics, d => d.Path == "table 1, row 2" && d.Message.EndsWith("«план │ факт»", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Path == "table 1, row 4, column 5" && d.Message.EndsWith("«март»", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Duplicate_and_out_of_order_numbers_become_validator_errors_naming_the_row()
    {
        var docx = Create(
            P("ОТЧЕТ об исполнении Плана мероприятий в Администрации ЗАТО город Заозерск на 2021–2024 годы за 2022 год"),
            T(5, Header[..5], [">51. Раздел"], ["1.2", "А", "Отдел", "постоянно", "Да"], ["1.2", "Б", "Отдел", "постоянно", "Да"], ["1.1", "В", "Отдел", "постоянно", "Да"]));

        var result = await new DocumentImporter().ImportAsync(new MemoryStream(docx), "numbers.docx");

        var duplicate = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateNumber);
        Assert.Equal("$.sections[0].items[1].number", duplicate.Path);
        Assert.EndsWith("(table 1, row 4)", duplicate.Message, StringComparison.Ordinal);
        var order = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.NumberOutOfOrder);
        Assert.EndsWith("(table 1, row 5)", order.Message, StringComparison.Ordinal);
        Assert.True(result.HasErrors);
        Assert.Equal(3, result.Document!.Sections[0].Items.Count);
    }

    [Fact]
    public async Task A_document_without_a_plan_table_imports_nothing_and_says_why()
    {
        var docx = Create(P("ОТЧЕТ об исполнении Плана мероприятий на 2021–2024 годы за 2022 год"), T(2, ["Дата", "Событие"], ["01.01.2022", "Совещание"]));

        var result = await new DocumentImporter().ImportAsync(new MemoryStream(docx), "letter.docx");

        Assert.Null(result.Document);
        Assert.Equal(DiagnosticCodes.NoPlanTable, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public async Task A_table_without_a_title_is_read_by_its_columns_and_the_missing_title_is_reported()
    {
        var docx = Create(T(5, Header[..5], [">51. Раздел"], ["1.1", "А", "Отдел", "постоянно", "Да"]));

        var result = await new DocumentImporter().ImportAsync(new MemoryStream(docx), "untitled.docx");

        Assert.Equal(DocumentKind.Report, result.Document!.Kind);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.NoTitle && d.Path == "table 1, row 1");
    }

    [Theory]
    [InlineData("report.pdf", "%PDF-1.7\n", "is a PDF")]
    [InlineData("report.doc", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "Word 97–2003")]
    [InlineData("report.rtf", "{\\rtf1\\ansi", "RTF")]
    [InlineData("report.doc", "plain text", "save it as .docx")]
    public async Task A_file_that_is_not_docx_gets_an_error_saying_how_to_convert_it(string name, string content, string expected)
    {
        var bytes = content.Select(c => (byte)c).ToArray();

        var result = await new DocumentImporter().ImportAsync(new MemoryStream(bytes), name);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.ImportFormatNotSupported, error.Code);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("soffice", error.Message + (name.EndsWith(".pdf", StringComparison.Ordinal) ? " soffice" : string.Empty), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("seed.json")]
    [InlineData("report.docx")]
    public async Task A_json_file_is_named_as_json_whatever_its_name(string name)
    {
        var bytes = await File.ReadAllBytesAsync(TestData.SeedJsonPath);

        var result = await new DocumentImporter().ImportAsync(new MemoryStream(bytes), name);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.ImportFormatNotSupported, error.Code);
        Assert.Contains("is JSON, not a Word document", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_with_more_text_than_the_import_limit_names_the_limit()
    {
        var docx = Create(T(5, Header[..5], ["1.1", new string('а', 20_000), "Отдел", "постоянно", "Да"]));
        var importer = new DocumentImporter(Microsoft.Extensions.Options.Options.Create(new ReportingOptions { MaxInputBytes = 4_000 }));

        var result = await importer.ImportAsync(new MemoryStream(docx), "big.docx");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.DamagedDocument, error.Code);
        Assert.Equal("the document holds more than 16,000 characters of text, the import limit (four times the maximum input size); raise the input size limit if the file is really this large", error.Message);
    }

    [Fact]
    public async Task A_document_with_a_dtd_is_refused_in_words_not_in_xml_reader_terms()
    {
        var docx = Create(T(5, Header[..5], ["1.1", "А", "Отдел", "постоянно", "Да"]));
        using (var package = new MemoryStream())
        {
            package.Write(docx);
            using (var zip = new System.IO.Compression.ZipArchive(package, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
            {
                var entry = zip.GetEntry("word/document.xml")!;
                string xml;
                using (var reader = new StreamReader(entry.Open()))
                {
                    xml = reader.ReadToEnd();
                }

                entry.Delete();
                using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
                writer.Write(xml.Replace("?>", "?><!DOCTYPE d [<!ENTITY x \"y\">]>", StringComparison.Ordinal));
            }

            docx = package.ToArray();
        }

        var result = await new DocumentImporter().ImportAsync(new MemoryStream(docx), "dtd.docx");

        var error = Assert.Single(result.Diagnostics);
        Assert.StartsWith("the document contains a document type declaration (DTD), which Word never writes", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("XmlReaderSettings", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_odt_file_is_recognised_by_its_content()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("mimetype").Open());
            writer.Write("application/vnd.oasis.opendocument.text");
        }

        stream.Position = 0;
        var result = await new DocumentImporter().ImportAsync(stream, "plan.docx");

        Assert.Contains("OpenDocument", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_docx_is_reported_as_damaged()
    {
        var whole = Create(T(5, Header[..5], ["1.1", "А", "Отдел", "постоянно", "Да"]));

        var result = await new DocumentImporter().ImportAsync(new MemoryStream(whole[..(whole.Length / 2)]), "cut.docx");

        Assert.Null(result.Document);
        Assert.Equal(DiagnosticCodes.DamagedDocument, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public async Task A_missing_file_is_an_unreadable_file()
    {
        var result = await new DocumentImporter().ImportAsync(Path.Combine(Path.GetTempPath(), "zr-no-such-file.docx"));

        Assert.Equal(DiagnosticCodes.UnreadableFile, Assert.Single(result.Diagnostics).Code);
    }
}
