using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Zaozersk.Reporting.Composition;
using Zaozersk.Reporting.Docx;
using Zaozersk.Reporting.Markup;
using Zaozersk.Reporting.Tests.Seed;
using Zaozersk.Reporting.Tests.Snapshots;

namespace Zaozersk.Reporting.Tests.Docx;

/// <summary>The DOCX writer on the seed: valid, faithful to the official layout, byte-stable.</summary>
public sealed class DocxOutputTests
{
    private static readonly PlanDocument Seed = TestData.Seed;

    internal static PlanDocument SeedPlan { get; } = Seed with
    {
        Kind = DocumentKind.Plan,
        ReportPeriod = null,
        Approval = Seed.Approval! with { Date = "27.04.2022", Number = "336" },
        Sections = [.. Seed.Sections.Select(s => s with { Note = null, Items = [.. s.Items.Select(i => i with { Execution = null })] })],
        Signatories = [new Signatory { Position = "Глава ЗАТО город Заозерск", Name = "И.О. Фамилия" }],
        Executor = new Executor { Name = "И.О. Исполнитель", Phone = "8 (81556) 0-00-00" },
    };

    private static List<ValidationErrorInfo> Validate(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).ToList();
    }

    private static string Describe(IEnumerable<ValidationErrorInfo> errors) =>
        string.Join("\n", errors.Take(20).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));

    [Fact]
    public void Seed_report_passes_the_open_xml_validator()
    {
        var errors = Validate(TestData.SeedReportDocx());

        Assert.True(errors.Count == 0, Describe(errors));
    }

    [Fact]
    public void Seed_plan_passes_the_open_xml_validator()
    {
        var errors = Validate(DocxWriter.Write(DocumentComposer.Compose(SeedPlan)).ToArray());

        Assert.True(errors.Count == 0, Describe(errors));
    }

    [Fact]
    public void Every_markup_feature_passes_the_validator()
    {
        var markup = """
            <document title="Все возможности" author="Тест" created="2023-01-30">
              <styles><style id="x" italic="true" line-spacing="1.5" indent-first="12.5mm"/></styles>
              <section orientation="portrait">
                <header page="first"><p>Первая</p></header>
                <header><p align="center">стр. <page-number/> из <page-count/></p></header>
                <footer><p size="10pt">подвал</p></footer>
                <p style="x" align="justify" keep-with-next="true">мягкий&#xAD;перенос, неразрывный&#xA0;пробел, таб&#x9;ок <b>ж</b><i>к</i><u>п</u><span font="Arial" size="9pt">s</span><br/>строка <a href="https://example.org/a?b=1&amp;c=2">ссылка</a></p>
                <list bullet="-"><li><p>пункт</p><p>продолжение</p><list><li><p>вложенный</p></li></list></li></list>
                <page-break/>
                <table border="1pt" padding="1mm 2mm">
                  <columns><column width="20mm"/><column width="1*"/><column width="2*"/></columns>
                  <row header="true"><cell colspan="3"><p>шапка</p></cell></row>
                  <row header="true" repeat="true"><cell><p>1</p></cell><cell><p>2</p></cell><cell><p>3</p></cell></row>
                  <row split="false" keep-with-next="true"><cell rowspan="2" valign="center"><p>а</p></cell><cell colspan="2"><p>б</p></cell></row>
                  <row><cell/><cell><table border="none"><columns><column width="1*"/></columns><row><cell><p>вложенная</p></cell></row></table></cell></row>
                </table>
              </section>
              <section orientation="landscape" margin-left="20mm"><p>второй раздел</p></section>
            </document>
            """;

        var docx = DocxWriter.Write(MarkupReader.Read(markup, "test.sbn")).ToArray();

        var errors = Validate(docx);
        Assert.True(errors.Count == 0, Describe(errors));
        var text = DocxText.Of(docx);
        Assert.Contains("стр. {PAGE} из {NUMPAGES}", text, StringComparison.Ordinal);
        Assert.Contains("- пункт", text, StringComparison.Ordinal);
        Assert.Contains("мягкий\u00ADперенос", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_merged_across_two_columns_and_two_rows_is_continued_by_one_cell_as_wide()
    {
        var markup = """
            <document title="t">
              <section>
                <table>
                  <columns><column width="1*"/><column width="1*"/><column width="1*"/></columns>
                  <row><cell colspan="2" rowspan="2"><p>объединённая</p></cell><cell><p>а</p></cell></row>
                  <row><cell><p>б</p></cell></row>
                </table>
              </section>
            </document>
            """;

        var docx = DocxWriter.Write(MarkupReader.Read(markup, "test.sbn")).ToArray();

        Assert.True(Validate(docx).Count == 0, Describe(Validate(docx)));
        using var stream = new MemoryStream(docx);
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false);
        var rows = word.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableRow>().ToList();
        var second = rows[1].Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().ToList();
        Assert.Equal(2, second.Count);
        var continued = second[0].TableCellProperties!;
        Assert.NotNull(continued.VerticalMerge);
        Assert.Equal(2, continued.GridSpan!.Val!.Value);
        Assert.Equal("б", second[1].InnerText);
    }

    [Fact]
    public void Seed_report_snapshot_with_its_text_twin()
    {
        var docx = TestData.SeedReportDocx();

        Snapshot.VerifyText(DocxText.Of(docx), suffix: "text");
        Snapshot.VerifyBinary(docx, "docx");
    }

    [Fact]
    public void Seed_plan_snapshot_with_its_text_twin()
    {
        var docx = DocxWriter.Write(DocumentComposer.Compose(SeedPlan)).ToArray();

        Snapshot.VerifyText(DocxText.Of(docx), suffix: "text");
        Snapshot.VerifyBinary(docx, "docx");
    }

    [Fact]
    public void Styles_are_real_named_styles_with_times_new_roman_in_all_four_slots_and_russian()
    {
        using var stream = new MemoryStream(TestData.SeedReportDocx());
        using var document = WordprocessingDocument.Open(stream, false);
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var defaults = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        var fonts = defaults.RunFonts!;

        Assert.Equal(["Times New Roman", "Times New Roman", "Times New Roman", "Times New Roman"], new[] { fonts.Ascii!.Value!, fonts.HighAnsi!.Value!, fonts.EastAsia!.Value!, fonts.ComplexScript!.Value! });
        Assert.Equal("ru-RU", defaults.Languages!.Val!.Value);
        Assert.Contains(styles.Elements<Style>(), s => s.StyleId == "TableText" && s.StyleName!.Val == "Текст таблицы");
        var body = document.MainDocumentPart.Document.Body!;
        // Table text refers to its style rather than repeating formatting on every run.
        Assert.DoesNotContain(body.Descendants<RunProperties>(), r => r.FontSize is not null);
        Assert.True(body.Descendants<ParagraphStyleId>().Count(s => s.Val == "TableText") > 100);
    }

    [Fact]
    public void Page_numbers_from_page_two_in_a_centred_header_field()
    {
        using var stream = new MemoryStream(TestData.SeedReportDocx());
        using var document = WordprocessingDocument.Open(stream, false);
        var main = document.MainDocumentPart!;
        var section = main.Document.Body!.Elements<SectionProperties>().Single();

        Assert.NotNull(section.GetFirstChild<TitlePage>());
        var first = (HeaderPart)main.GetPartById(section.Elements<HeaderReference>().Single(h => h.Type! == HeaderFooterValues.First).Id!);
        var normal = (HeaderPart)main.GetPartById(section.Elements<HeaderReference>().Single(h => h.Type! == HeaderFooterValues.Default).Id!);
        Assert.Empty(first.Header!.Descendants<SimpleField>());
        Assert.Equal(" PAGE ", normal.Header!.Descendants<SimpleField>().Single().Instruction!.Value);
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal(PageOrientationValues.Landscape, size.Orient!.Value);
        Assert.True(size.Width!.Value > size.Height!.Value);
    }

    [Fact]
    public void Only_the_column_number_row_repeats_on_continuation_pages()
    {
        using var stream = new MemoryStream(TestData.SeedReportDocx());
        using var document = WordprocessingDocument.Open(stream, false);
        var tables = document.MainDocumentPart!.Document.Body!.Elements<Table>().ToList();

        // Titles in their own table, then the table whose first row (1 … 5) is the repeated header.
        Assert.Equal(2, tables.Count);
        Assert.DoesNotContain(tables[0].Descendants<TableHeader>(), _ => true);
        var repeated = tables[1].Elements<TableRow>().Where(r => r.TableRowProperties?.GetFirstChild<TableHeader>() is not null).ToList();
        Assert.Equal("12345", Assert.Single(repeated).InnerText);
        Assert.Same(tables[1].Elements<TableRow>().First(), repeated[0]);
        Assert.Equal(59, tables[1].Elements<TableRow>().Count() - 1);
    }

    [Fact]
    public void Package_is_canonical_fixed_order_and_timestamps_no_rsid()
    {
        var docx = TestData.SeedReportDocx();
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);

        Assert.Equal("[Content_Types].xml", zip.Entries[0].FullName);
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
        var document = new StreamReader(zip.GetEntry("word/document.xml")!.Open()).ReadToEnd();
        Assert.DoesNotContain("w:rsid", document, StringComparison.Ordinal);
        Assert.DoesNotContain("paraId", document, StringComparison.Ordinal);
        Assert.Equal(docx, TestData.SeedReportDocx());
    }

    [Fact]
    public void Core_properties_come_from_the_input_never_the_clock()
    {
        using var stream = new MemoryStream(DocxWriter.Write(DocumentComposer.Compose(Seed with { Date = "30.01.2023" })).ToArray());
        using var document = WordprocessingDocument.Open(stream, false);

        Assert.Equal(new DateTime(2023, 1, 30, 0, 0, 0, DateTimeKind.Utc), document.PackageProperties.Created!.Value.ToUniversalTime());
        Assert.Equal("Администрация ЗАТО город Заозерск", document.PackageProperties.Creator);
        Assert.StartsWith("Отчет об исполнении Плана мероприятий", document.PackageProperties.Title, StringComparison.Ordinal);
        Assert.Equal("ru-RU", document.PackageProperties.Language);

        using var undated = new MemoryStream(TestData.SeedReportDocx());
        using var second = WordprocessingDocument.Open(undated, false);
        Assert.Null(second.PackageProperties.Created);
    }

    [Fact]
    public void Links_are_external_hyperlinks()
    {
        using var stream = new MemoryStream(TestData.SeedReportDocx());
        using var document = WordprocessingDocument.Open(stream, false);
        var main = document.MainDocumentPart!;

        var targets = main.HyperlinkRelationships.Select(r => r.Uri.OriginalString).ToList();
        Assert.Contains("http://www.zatozaozersk.ru/protivodeystvie-korrupcii/", targets);
        Assert.Equal(targets.Distinct().Count(), targets.Count);
        Assert.All(main.Document.Body!.Descendants<Hyperlink>(), h => Assert.Contains(h.Id!.Value!, main.HyperlinkRelationships.Select(r => r.Id)));
    }

    [Fact]
    public void Two_processes_with_different_time_zones_and_languages_write_identical_bytes()
    {
        var first = Sample.SampleHostProcess.RenderSeed("docx", "Asia/Vladivostok", "ru_RU.UTF-8");
        var second = Sample.SampleHostProcess.RenderSeed("docx", "America/Los_Angeles", "en_US.UTF-8");

        Assert.Equal(first, second);
        Assert.Equal(TestData.SeedReportDocx(), first);
    }
}
