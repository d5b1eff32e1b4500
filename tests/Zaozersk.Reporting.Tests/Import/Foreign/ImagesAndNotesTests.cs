using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Zaozersk.Reporting.Import;
using Zaozersk.Reporting.Tests.Localization;
using static Zaozersk.Reporting.Tests.Import.WordFile;

namespace Zaozersk.Reporting.Tests.Import.Foreign;

/// <summary>
/// Pictures and footnotes, which the JSON cannot hold, are reported where they are (the measure,
/// the section heading, the paragraph), a note with its words; never dropped unseen (issue 24, item 5).
/// </summary>
public sealed class ImagesAndNotesTests
{
    /// <summary>A 1×1 PNG.</summary>
    internal static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private const string DrawingMl = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>A run holding an inline DrawingML picture of the image part <paramref name="id"/>, as Word writes one.</summary>
    internal static Run Picture(string id) => new()
    {
        InnerXml = "<w:drawing xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><wp:inline xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"><wp:extent cx=\"95250\" cy=\"95250\"/><wp:docPr id=\"1\" name=\"Рисунок 1\"/>"
            + $"<a:graphic xmlns:a=\"{DrawingMl}\"><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:nvPicPr><pic:cNvPr id=\"1\" name=\"logo.png\"/><pic:cNvPicPr/></pic:nvPicPr>"
            + $"<pic:blipFill><a:blip xmlns:r=\"{Relationships}\" r:embed=\"{id}\"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>",
    };

    /// <summary>A run holding a VML picture (v:imagedata), as older Word versions and LibreOffice write one.</summary>
    internal static Run VmlPicture(string id) => new()
    {
        InnerXml = $"<w:pict xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\" style=\"width:10pt;height:10pt\"><v:imagedata xmlns:r=\"{Relationships}\" r:id=\"{id}\"/></v:shape></w:pict>",
    };

    private static async Task<ImportResult> Import(MessageLanguage language = MessageLanguage.English)
    {
        var measure = new Paragraph(new Run(new Text("Заседания комиссии")), new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReference { Id = 1 }));
        var withPicture = new Paragraph(new Run(new Text("Герб на сайте")), Picture("img1"));
        var docx = Create(
            P("ПЛАН мероприятий по противодействию коррупции в администрации Озерного сельского поселения на 2025–2027 годы"),
            Replace(T(4, ["№ п/п", "Мероприятие", "Ответственный", "Срок"], [">41. Организационные меры"], ["1.1", "", "Глава", "ежеквартально"], ["1.2", "", "Глава", "постоянно"]), (2, 1, measure), (3, 1, withPicture)),
            new Paragraph(new Run(new Text("Глава поселения\t\tА.В. Петров")), new Run(new EndnoteReference { Id = 1 })),
            new Paragraph(VmlPicture("img1")));
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var main = document.MainDocumentPart!;
            main.AddImagePart(ImagePartType.Png, "img1").FeedData(new MemoryStream(Png));
            main.AddNewPart<FootnotesPart>().Footnotes = new Footnotes(
                new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new Footnote(P("Заседания проводятся при наличии оснований, указанных в Положении о комиссии.")) { Id = 1 },
                new Footnote(P("Сноска без знака в тексте.")) { Id = 2 });
            main.AddNewPart<EndnotesPart>().Endnotes = new Endnotes(new Endnote(P("Подпись заверяется печатью.")) { Id = 1 });
        }

        var options = Microsoft.Extensions.Options.Options.Create(new ReportingOptions { Language = language });
        return await new DocumentImporter(options).ImportAsync(new MemoryStream(stream.ToArray()), "plan.docx");
    }

    private static Table Replace(Table table, params (int Row, int Column, Paragraph Paragraph)[] cells)
    {
        foreach (var (row, column, paragraph) in cells)
        {
            var cell = table.Elements<TableRow>().ElementAt(row).Elements<TableCell>().ElementAt(column);
            cell.RemoveAllChildren<Paragraph>();
            cell.Append(paragraph);
        }

        return table;
    }

    [Fact]
    public async Task A_picture_in_a_measure_and_in_a_paragraph_is_reported_where_it_is()
    {
        var imported = await Import();

        Assert.Equal(
            [("table 1, row 4, column 2", "a picture in measure 1.2 is not imported: the JSON holds text only; if it is needed, insert it into the rendered document by hand"),
             ("paragraph 3", "a picture is not imported: the JSON holds text only; if it is needed, insert it into the rendered document by hand")],
            imported.Diagnostics.Where(d => d.Message.Contains("picture", StringComparison.Ordinal)).Select(d => (d.Path, d.Message)));
        Assert.All(imported.Diagnostics.Where(d => d.Message.Contains("picture", StringComparison.Ordinal)), d => Assert.Equal(DiagnosticCodes.TextNotImported, d.Code));
        Assert.Equal("Герб на сайте", imported.Document!.Sections[0].Items[1].Measure);
        Assert.DoesNotContain(imported.Diagnostics, d => d.IsError);
    }

    [Fact]
    public async Task Footnotes_and_endnotes_are_reported_with_their_words_at_their_marks_and_an_uncalled_one_under_footnotes()
    {
        var imported = await Import();

        Assert.Equal(
            [("table 1, row 3, column 2", "footnote 1 to measure 1.1; not imported: «Заседания проводятся при наличии оснований, указанных в Положении о комиссии.»"),
             ("paragraph 2", "endnote 1; not imported: «Подпись заверяется печатью.»"),
             ("footnotes", "a footnote; not imported: «Сноска без знака в тексте.»")],
            imported.Diagnostics.Where(d => d.Code == DiagnosticCodes.TextNotImported && !d.Message.Contains("picture", StringComparison.Ordinal)).Select(d => (d.Path, d.Message)));
        Assert.Equal("Заседания комиссии", imported.Document!.Sections[0].Items[0].Measure);
        Assert.Equal("А.В. Петров", Assert.Single(imported.Document.Signatories).Name);
    }

    [Fact]
    public async Task Pictures_and_notes_are_reported_in_russian()
    {
        var imported = await Import(MessageLanguage.Russian);

        var said = imported.Diagnostics.Where(d => d.Code == DiagnosticCodes.TextNotImported).ToList();
        Assert.Equal(5, said.Count);
        Assert.Contains(said, d => d.Message.StartsWith("рисунок в мероприятии 1.2 не перенесен", StringComparison.Ordinal));
        Assert.Contains(said, d => d.Message.StartsWith("сноска 1 к мероприятию 1.1; не перенесено: «Заседания", StringComparison.Ordinal));
        Assert.All(said, d => Assert.Empty(MessageWords.EnglishIn(d.Path + " " + d.Message)));
    }

    [Fact]
    public async Task A_long_footnote_is_reported_whole_up_to_a_thousand_characters()
    {
        var words = string.Join(' ', Enumerable.Repeat("основание", 60));
        var docx = Create(
            P("ПЛАН мероприятий по противодействию коррупции в администрации Озерного сельского поселения на 2025–2027 годы"),
            T(4, ["№ п/п", "Мероприятие", "Ответственный", "Срок"], [">41. Организационные меры"], ["1.1", "Заседания", "Глава", "ежеквартально"]),
            new Paragraph(new Run(new Text("Примечание")), new Run(new FootnoteReference { Id = 1 })));
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            document.MainDocumentPart!.AddNewPart<FootnotesPart>().Footnotes = new Footnotes(new Footnote(P(words)) { Id = 1 });
        }

        var imported = await new DocumentImporter().ImportAsync(new MemoryStream(stream.ToArray()), "plan.docx");

        Assert.Contains(imported.Diagnostics, d => d.Message.EndsWith("footnote 1; not imported: «" + words + "»", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_footnotes_part_of_many_notes_and_a_million_empty_paragraphs_imports_with_each_note_read_as_one_line()
    {
        // 200,000 notes, and one note of a million empty paragraphs: what is kept stays small, and empty paragraphs add no spaces.
        var notes = new Action<TextWriter>(w =>
        {
            w.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:footnotes xmlns:w=\"{HostileDocx.W}\"><w:footnote w:id=\"1\"><w:p><w:r><w:t>Начало</w:t></w:r></w:p>");
            HostileDocx.Repeat("<w:p/>", 1_000_000)(w);
            w.Write("<w:p><w:r><w:t>конец</w:t></w:r></w:p></w:footnote>");
            HostileDocx.Repeat("<w:footnote w:id=\"9\"><w:p><w:r><w:t>Сноска</w:t></w:r></w:p></w:footnote>", 200_000)(w);
            w.Write("</w:footnotes>");
        });
        var docx = new HostileDocx()
            .Body("<w:p><w:r><w:t>ПЛАН мероприятий по противодействию коррупции в администрации Озерного сельского поселения на 2025–2027 годы</w:t></w:r></w:p>"
                + HostileDocx.PlanTable() + "<w:p><w:r><w:t>Примечание</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>")
            .Linked(HostileDocx.R + "/footnotes", "footnotes.xml", notes)
            .ToArray();

        var imported = await new DocumentImporter().ImportAsync(new MemoryStream(docx), "notes.docx");

        Assert.NotNull(imported.Document);
        var first = Assert.Single(imported.Diagnostics, d => d.Message.StartsWith("footnote 1;", StringComparison.Ordinal));
        Assert.EndsWith("not imported: «Начало конец»", first.Message, StringComparison.Ordinal);
        Assert.Contains(imported.Diagnostics, d => d.Path == "footnotes" && d.Message.EndsWith("«Сноска»", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(MessageLanguage.English, "page header", "a picture in a page header or footer is not imported")]
    [InlineData(MessageLanguage.Russian, "верхний колонтитул", "рисунок в колонтитуле не перенесен")]
    public async Task A_logo_in_the_page_header_is_reported(MessageLanguage language, string place, string message)
    {
        var docx = Create(
            P("ПЛАН мероприятий по противодействию коррупции в администрации Озерного сельского поселения на 2025–2027 годы"),
            T(4, ["№ п/п", "Мероприятие", "Ответственный", "Срок"], [">41. Организационные меры"], ["1.1", "Заседания", "Глава", "ежеквартально"]));
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var header = document.MainDocumentPart!.AddNewPart<HeaderPart>();
            header.AddImagePart(ImagePartType.Png, "logo").FeedData(new MemoryStream(Png));
            header.Header = new Header(new Paragraph(Picture("logo")));
        }

        var options = Microsoft.Extensions.Options.Options.Create(new ReportingOptions { Language = language });
        var imported = await new DocumentImporter(options).ImportAsync(new MemoryStream(stream.ToArray()), "plan.docx");

        var said = Assert.Single(imported.Diagnostics, d => d.Code == DiagnosticCodes.TextNotImported);
        Assert.Equal(place, said.Path);
        Assert.StartsWith(message, said.Message, StringComparison.Ordinal);
    }
}
