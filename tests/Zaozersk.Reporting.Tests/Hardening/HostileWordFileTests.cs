using Microsoft.Extensions.Options;
using Zaozersk.Reporting.Tests.Import;
using Zaozersk.Reporting.Tests.Localization;

namespace Zaozersk.Reporting.Tests.Hardening;

/// <summary>
/// Issue #29: Word files made to harm (what arrives by e-mail is untrusted), each generated in the
/// test. The import never throws, never lets a control or bidi character of the document reach a
/// message, never recurses without bound, refuses a document built to exhaust memory early and
/// names the limit, and imports what is there when a linked part is missing. Every case is run in
/// both message languages, and every message of every case is checked for raw characters.
/// </summary>
public sealed class HostileWordFileTests
{
    internal const string Title = "<w:p><w:r><w:t>ПЛАН мероприятий по противодействию коррупции в Администрации ЗАТО город Заозерск на 2021–2024 годы</w:t></w:r></w:p>";

    /// <summary>Characters that act on a terminal or reorder a line: C0 and C1 controls, DEL, the bidi marks, embeddings, overrides and isolates.</summary>
    internal static bool IsUnsafe(char c) =>
        c < 0x20 || c is >= '\u007F' and <= '\u009F' or '\u200E' or '\u200F' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    /// <summary>Fails on the first message with a raw control or bidi character, showing where.</summary>
    internal static void AssertSafe(IEnumerable<string> messages)
    {
        foreach (var message in messages)
        {
            Assert.False(message.Any(IsUnsafe), "raw control or bidi character in: " + string.Concat(message.Select(c => IsUnsafe(c) ? $"<U+{(int)c:X4}>" : c.ToString())));
        }
    }

    /// <summary>Imports <paramref name="docx"/> in both languages; checks each message is safe and in its language; returns the English result.</summary>
    internal static async Task<ImportResult> ImportBoth(byte[] docx, long maxInputBytes = 64L * 1024 * 1024)
    {
        var english = await Import(docx, MessageLanguage.English, maxInputBytes);
        var russian = await Import(docx, MessageLanguage.Russian, maxInputBytes);
        AssertSafe(english.Diagnostics.Concat(russian.Diagnostics).Select(d => d.ToString()));
        Assert.Equal(english.Diagnostics.Select(d => d.Code), russian.Diagnostics.Select(d => d.Code));
        Assert.All(english.Diagnostics, d => Assert.Empty(MessageWords.RussianIn(d.Message)));
        Assert.All(russian.Diagnostics, d => Assert.Empty(MessageWords.EnglishIn(d.Message)));
        return english;
    }

    private static Task<ImportResult> Import(byte[] docx, MessageLanguage language, long maxInputBytes) =>
        new DocumentImporter(Options.Create(new ReportingOptions { MaxInputBytes = maxInputBytes, Language = language })).ImportAsync(new MemoryStream(docx), "hostile.docx");

    private static Diagnostic SingleError(ImportResult result)
    {
        Assert.Null(result.Document);
        return Assert.Single(result.Diagnostics, d => d.IsError);
    }

    [Fact]
    public async Task Escape_sequences_carriage_returns_and_bidi_overrides_of_the_document_are_shown_escaped_on_every_path()
    {
        const string Hostile = "</w:t><w:sym w:char=\"1B\"/><w:t>[2J&#xD;\u202Eперевернуто\u2066\u009B";
        var docx = new HostileDocx()
            .Body(
                $"<w:p><w:r><w:t>Приложение{Hostile}</w:t></w:r></w:p>"
                + $"<w:p><w:r><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:textbox><w:txbxContent><w:p><w:r><w:t>Печать{Hostile}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"
                + Title
                + "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
                + $"<w:tr><w:tc><w:p><w:r><w:t>№ п/п</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Мероприятие</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Исполнитель</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Срок</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Столбец{Hostile}</w:t></w:r></w:p></w:tc></w:tr>"
                + "<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"5\"/></w:tcPr><w:p><w:r><w:t>1. Раздел</w:t></w:r></w:p></w:tc></w:tr>"
                + $"<w:tr><w:tc><w:p><w:r><w:t>1.1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Мера{Hostile}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Отдел</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>постоянно</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Ячейка{Hostile}</w:t></w:r></w:p></w:tc></w:tr>"
                + "</w:tbl>"
                + $"<w:p><w:r><w:t>Подпись{Hostile}</w:t></w:r></w:p>")
            .PageHeader("header1.xml", w => w.Write($"<w:p><w:r><w:t>Колонтитул{Hostile}</w:t></w:r></w:p>"))
            .ToArray();

        var result = await ImportBoth(docx);

        // A symbol is read in the body's text only. The escape character written as a symbol is no
        // letter, so it never reaches the text: it is left out and reported by its code.
        var symbols = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.TextNotImported && d.Message.Contains("«1B»", StringComparison.Ordinal)).Select(d => d.Path).ToList();
        Assert.Equal(["paragraph 1", "paragraph 4", "table 1, row 1, column 5", "table 1, row 3, column 2", "table 1, row 3, column 5"], symbols.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("\\u001B", StringComparison.Ordinal));

        // The stray paragraph, the text box, the unknown column, its cell, the text after the table, the header; the measure's own check.
        var quoting = result.Diagnostics.Where(d => d.Message.Contains("[2J\\u000D\\u202Eперевернуто\\u2066\\u009B", StringComparison.Ordinal)).Select(d => d.Path).ToList();
        Assert.Equal(["page header", "paragraph 1", "paragraph 4", "table 1, row 1, column 5", "table 1, row 3, column 5", "text box in paragraph 2"], quoting.Order(StringComparer.Ordinal));
        // The measure's own check names its first unprintable character (the bidi override, now that the escape is left out).
        Assert.Contains(result.Diagnostics, d => d.IsError && d.Path == "$.sections[0].items[0].measure" && d.Message.Contains("U+202E", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_control_character_in_a_part_that_is_not_well_formed_is_named_by_its_place_not_quoted()
    {
        var docx = new HostileDocx().Body(Title + "<w:p><w:r><w:t>\u0001\u001B[2J</w:t></w:r></w:p>").ToArray();

        var error = SingleError(await ImportBoth(docx));

        Assert.Equal(DiagnosticCodes.DamagedDocument, error.Code);
        Assert.StartsWith("the document is damaged: its part «word/document.xml» is not well-formed XML (line 1, position ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tables", "<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>", 20_000, "table 1")]
    [InlineData("content controls", "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", 20_000, "paragraph 2")]
    [InlineData("hyperlinks", "<w:hyperlink>", "</w:hyperlink>", 100_000, "paragraph 2")]
    [InlineData("rows in content controls", "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", 20_000, "table 1")]
    public async Task Deep_nesting_is_refused_at_a_hundred_levels_with_its_place_never_by_a_stack_overflow(string what, string open, string close, int depth, string place)
    {
        var docx = new HostileDocx().Body(w =>
        {
            w.Write(Title);
            var (before, after) = what switch
            {
                "hyperlinks" => ("<w:p>", "</w:p>"),
                "rows in content controls" => ("<w:tbl>", "</w:tbl>"),
                _ => (string.Empty, string.Empty),
            };
            w.Write(before);
            HostileDocx.Repeat(open, depth)(w);
            HostileDocx.Repeat(close, depth)(w);
            w.Write(after);
        }).ToArray();
        Assert.True(docx.Length < 100_000, $"{what}: {docx.Length} bytes");

        var error = SingleError(await ImportBoth(docx));

        Assert.Equal(DiagnosticCodes.DamagedDocument, error.Code);
        Assert.Equal(place, error.Path);
        Assert.StartsWith("elements are nested more than 100 levels deep, which no Word document needs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deep_nesting_in_styles_numbering_and_headers_is_streamed_past_without_recursion()
    {
        var deep = string.Concat(Enumerable.Repeat("<w:x>", 50_000)) + string.Concat(Enumerable.Repeat("</w:x>", 50_000));
        var docx = new HostileDocx()
            .Body(Title + HostileDocx.PlanTable())
            .Linked(HostileDocx.Styles, "styles.xml", w => w.Write($"<w:styles xmlns:w=\"{HostileDocx.W}\">{deep}</w:styles>"))
            .Linked(HostileDocx.R + "/numbering", "numbering.xml", w => w.Write($"<w:numbering xmlns:w=\"{HostileDocx.W}\">{deep}</w:numbering>"))
            .PageHeader("header1.xml", w => w.Write(deep))
            .ToArray();

        var result = await ImportBoth(docx);

        Assert.Equal("1.1", result.Document!.Sections[0].Items[0].Number);
    }

    [Fact]
    public async Task Headers_and_footers_share_one_budget_with_the_body_and_are_refused_together_before_they_are_read()
    {
        // Each header alone is within the limit of a part (4 × 64 KB characters); the three together pass 12 × 64 KB.
        const long Limit = 64 * 1024;
        var header = HostileDocx.Repeat("<w:p><w:r><w:t>Колонтитул на всю страницу</w:t></w:r></w:p>", 3_500);
        var docx = new HostileDocx().Body(Title + HostileDocx.PlanTable())
            .PageHeader("header1.xml", header).PageHeader("header2.xml", header).PageHeader("header3.xml", header)
            .ToArray();
        Assert.True(docx.Length < Limit / 4);

        var error = SingleError(await ImportBoth(docx, Limit));

        Assert.Equal((DiagnosticCodes.DamagedDocument, "document"), (error.Code, error.Path));
        Assert.Equal("the file unpacks to more than 786,432 bytes, the import limit (twelve times the maximum input size of 65,536 bytes): a file that grows this much when unpacked is likely made to exhaust memory; raise the input size limit if it is really this large", error.Message);

        // One such header is read as a stream, only its start kept for the warning.
        var one = await ImportBoth(new HostileDocx().Body(Title + HostileDocx.PlanTable()).PageHeader("header1.xml", header).ToArray(), Limit);
        var warning = Assert.Single(one.Diagnostics, d => d.Path == "page header");
        Assert.EndsWith("not imported: «Колонтитул на всю страницу Колонтитул на всю страницу …»", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_zip_bomb_of_empty_paragraphs_is_refused_from_the_zip_directory_before_anything_is_unpacked()
    {
        // 1.3 million empty paragraphs: 8 MB unpacked from a few kilobytes, past 12 × 512 KB.
        var docx = new HostileDocx().Body(w => HostileDocx.Repeat("<w:p/>", 1_300_000)(w)).ToArray();
        Assert.True(docx.Length < 64 * 1024, docx.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var error = SingleError(await ImportBoth(docx, 512 * 1024));

        Assert.StartsWith("the file unpacks to more than 6 MB, the import limit (twelve times the maximum input size of 524,288 bytes)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paragraphs_tables_rows_and_cells_are_counted_as_they_stream_and_refused_past_250000_with_the_place()
    {
        var paragraphs = await ImportBoth(new HostileDocx().Body(w => HostileDocx.Repeat("<w:p/>", 300_000)(w)).ToArray());
        var cells = await ImportBoth(new HostileDocx().Body(w =>
        {
            w.Write(Title + "<w:tbl>");
            HostileDocx.Repeat("<w:tr><w:tc/><w:tc/><w:tc/><w:tc/></w:tr>", 60_000)(w);
            w.Write("</w:tbl>");
        }).ToArray());

        var paragraph = SingleError(paragraphs);
        Assert.Equal("paragraph 250001", paragraph.Path);
        Assert.Equal("the document has more than 250,000 paragraphs, tables, rows and cells, the import limit; no plan or report is that long (the file may be made to exhaust memory)", paragraph.Message);
        Assert.Equal("table 1", SingleError(cells).Path);
    }

    [Fact]
    public async Task Text_kept_is_bounded_by_half_the_input_size_in_characters_the_markup_around_it_by_four_times_that()
    {
        const long Limit = 16 * 1024;

        // Ten paragraphs of 2,000 characters: 20,000 characters of text in 21,000 of XML, within 4 × 16 KB.
        var docx = new HostileDocx().Body(Title + HostileDocx.PlanTable() + string.Concat(Enumerable.Repeat($"<w:p><w:r><w:t>{new string('я', 2_000)}</w:t></w:r></w:p>", 10))).ToArray();

        var error = SingleError(await ImportBoth(docx, Limit));

        Assert.Equal("paragraph 5", error.Path);
        Assert.Equal("the document's text is longer than 8,192 characters, the import limit (half the maximum input size of 16,384 bytes, so that the JSON made of it can be read again); raise the input size limit if the file is really this large", error.Message);
    }

    [Theory]
    [InlineData("header", "header1.xml", "word/header1.xml", "a page header")]
    [InlineData("image", "media/image1.png", "word/media/image1.png", "an image")]
    [InlineData("footer", "../footer9.xml", "footer9.xml", "a page footer")]
    public async Task A_link_to_a_missing_part_is_dropped_with_a_warning_and_the_rest_is_imported(string type, string target, string part, string kind)
    {
        var docx = new HostileDocx().Body(Title + HostileDocx.PlanTable()).Linked(HostileDocx.R + "/" + type, target, null).ToArray();

        var result = await ImportBoth(docx);

        Assert.Equal("Проведение антикоррупционной экспертизы", result.Document!.Sections[0].Items[0].Measure);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.DamagedDocument);
        Assert.Equal((DiagnosticSeverity.Warning, "document"), (warning.Severity, warning.Path));
        Assert.Equal($"the file links to a part it does not contain, «{part}» ({kind}); the link was ignored and the rest imported; check the result against the document in Word", warning.Message);
    }

    [Fact]
    public async Task A_part_in_windows_1251_is_named_with_its_encoding_not_called_damaged()
    {
        // Refused even where the program has made the code pages readable (as a PDF library may, process-wide).
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var docx = new HostileDocx().Body(Title + HostileDocx.PlanTable()).DocumentDeclaration("<?xml version=\"1.0\" encoding=\"windows-1251\"?>").ToArray();

        var error = SingleError(await ImportBoth(docx));

        Assert.Equal("the document's part «word/document.xml» is declared in the encoding «windows-1251», which the import does not read (Word writes UTF-8); open the file in Word and save it again as .docx", error.Message);
    }

    [Fact]
    public async Task A_png_named_docx_is_called_an_image()
    {
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R'];

        var error = SingleError(await ImportBoth(png));

        Assert.Equal((DiagnosticCodes.ImportFormatNotSupported, "«hostile.docx» is an image (PNG), not a Word document: a picture or scan of a plan keeps no text to import; import the Word file of the plan or report"), (error.Code, error.Message));
    }

    [Theory]
    [InlineData("<!DOCTYPE r [<!ENTITY x \"\u0001\">]>", "&x;")]
    [InlineData("<!DOCTYPE r SYSTEM \"http://example.org/r.dtd\">", "")]
    public async Task A_dtd_or_an_entity_in_the_relationships_file_gets_the_dtd_message(string doctype, string entity)
    {
        var docx = new HostileDocx().Body(Title + HostileDocx.PlanTable()).PackageRelationships(
            $"<?xml version=\"1.0\"?>{doctype}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{HostileDocx.R}/officeDocument\" Target=\"word/document.xml{entity}\"/></Relationships>").ToArray();

        var error = SingleError(await ImportBoth(docx));

        Assert.StartsWith("the document contains a document type declaration (DTD), which Word never writes; it is refused for safety", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("stray.rels")]
    [InlineData("word/x_rels/a.rels")]
    [InlineData("word/_rels/missing.xml.rels")]
    public async Task A_relationships_file_out_of_place_or_of_a_missing_part_is_left_alone(string name)
    {
        var docx = new HostileDocx().Body(Title + HostileDocx.PlanTable())
            .Entry(name, $"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"r1\" Type=\"{HostileDocx.Header}\" Target=\"nowhere.xml\"/></Relationships>")
            .ToArray();

        var result = await ImportBoth(docx);

        Assert.Equal("1.1", result.Document!.Sections[0].Items[0].Number);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.DamagedDocument);
    }

    [Fact]
    public async Task A_measure_number_with_a_seven_digit_part_is_refused_naming_the_limit()
    {
        var docx = new HostileDocx().Body(Title + HostileDocx.PlanTable().Replace("<w:t>1.1</w:t>", "<w:t>1.1234567</w:t>", StringComparison.Ordinal)).ToArray();

        var result = await ImportBoth(docx);

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.MalformedNumber);
        Assert.Equal("'1.1234567' is not a measure number: each of its parts has at most 6 digits (999999), as no plan has more measures (table 1, row 3)", error.Message);
    }
}

