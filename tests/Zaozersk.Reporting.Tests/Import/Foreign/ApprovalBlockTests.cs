using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Zaozersk.Reporting.Import;
using Zaozersk.Reporting.Model.Validation;
using Zaozersk.Reporting.Tests.Localization;
using static Zaozersk.Reporting.Tests.Import.WordFile;

namespace Zaozersk.Reporting.Tests.Import.Foreign;

/// <summary>
/// The approval stamp as other producers lay it out: «УТВЕРЖДАЮ» with the approving person, or
/// «УТВЕРЖДЕН» with the act, in paragraphs at the top right, in a one-cell table or in the right
/// column of a two-column table (issue 24, item 5).
/// </summary>
public sealed class ApprovalBlockTests
{
    private static readonly string[] Personal = ["УТВЕРЖДАЮ", "Глава администрации", "ЗАТО г. Заозерск", "___________ О.А. Иванова", "«15» января 2025 г."];

    /// <summary>How the stamp's lines are laid out before the title.</summary>
    public enum Layout
    {
        /// <summary>One paragraph a line, indented to the right with tabs.</summary>
        Paragraphs,

        /// <summary>All lines in the one cell of a one-cell table.</summary>
        OneCellTable,

        /// <summary>The right cell of a two-column table whose left cell holds «СОГЛАСОВАНО …».</summary>
        TwoColumnTable,
    }

    private static IEnumerable<OpenXmlElement> Stamp(Layout layout, string[] lines) => layout switch
    {
        Layout.Paragraphs => lines.Select(l => (OpenXmlElement)P("\t\t\t\t\t\t" + l)),
        Layout.OneCellTable => [new Table(new TableGrid(new GridColumn { Width = "4500" }), new TableRow(Cell(lines)))],
        _ => [new Table(
            new TableGrid(new GridColumn { Width = "4500" }, new GridColumn { Width = "4500" }),
            new TableRow(Cell(["СОГЛАСОВАНО", "Председатель Совета депутатов"]), Cell(lines)))],
    };

    private static TableCell Cell(string[] lines) => new(lines.Select(P));

    private static async Task<ImportResult> Import(IEnumerable<OpenXmlElement> stamp)
    {
        var docx = Create([
            .. stamp,
            P("ПЛАН"),
            P("мероприятий по противодействию коррупции в администрации ЗАТО г. Заозерск на 2025–2027 годы"),
            T(4, ["№ п/п", "Мероприятие", "Ответственный", "Срок"], [">41. Организационные меры"], ["1.1", "Заседания комиссии", "Глава", "ежеквартально"]),
            P("Глава администрации\t\tО.А. Иванова")]);
        return await new DocumentImporter().ImportAsync(new MemoryStream(docx), "plan.docx");
    }

    [Theory]
    [InlineData(Layout.Paragraphs)]
    [InlineData(Layout.OneCellTable)]
    [InlineData(Layout.TwoColumnTable)]
    public async Task A_persons_approval_is_read_wherever_it_is_laid_out_validates_and_renders(Layout layout)
    {
        var imported = await Import(Stamp(layout, Personal));

        var approval = imported.Document!.Approval!;
        Assert.Equal(("УТВЕРЖДАЮ", "Глава администрации ЗАТО г. Заозерск", "О.А. Иванова", "15.01.2025"), (approval.Heading, approval.Position, approval.Signer, approval.Date));
        Assert.Equal((string.Empty, (string?)null), (approval.Act, approval.Number));
        Assert.DoesNotContain("\"act\"", PlanDocumentJson.Serialize(imported.Document), StringComparison.Ordinal);
        Assert.DoesNotContain(imported.Diagnostics, d => d.IsError);
        Assert.DoesNotContain(imported.Diagnostics, d => d.Message.Contains("УТВЕРЖДАЮ", StringComparison.Ordinal) || d.Message.Contains("Иванова", StringComparison.Ordinal));
        Assert.Equal(layout == Layout.TwoColumnTable ? 2 : 0, imported.Diagnostics.Count(d => d.Code == DiagnosticCodes.TextNotImported));
        Assert.Equal("мероприятий по противодействию коррупции в администрации ЗАТО г. Заозерск", imported.Document.PlanSubject);
    }

    [Fact]
    public async Task A_persons_approval_renders_in_docx_and_pdf_and_its_docx_imports_back_to_the_same_stamp()
    {
        var document = (await Import(Stamp(Layout.Paragraphs, Personal))).Document!;

        using var docx = new MemoryStream();
        await new DocumentRenderer().RenderAsync(document, OutputFormat.Docx, docx);
        using var pdf = new MemoryStream();
        await new DocumentRenderer().RenderAsync(document, OutputFormat.Pdf, pdf);

        var again = await new DocumentImporter().ImportAsync(new MemoryStream(docx.ToArray()), "plan.docx");
        Assert.Equal(document.Approval, again.Document!.Approval);
        Assert.True(pdf.Length > 1000);
        var text = string.Join('\n', DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx.ToArray()), false).MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Take(4).Select(p => p.InnerText));
        Assert.Equal("УТВЕРЖДАЮ\nГлава администрации ЗАТО г. Заозерск\n______________ О.А. Иванова\n15.01.2025", text);
    }

    [Fact]
    public async Task A_persons_approval_with_blanks_for_the_name_and_date_renders_blanks_that_import_back_as_blanks()
    {
        var document = (await Import(Stamp(Layout.Paragraphs, Personal))).Document!;
        document = document with { Approval = new ApprovalBlock { Heading = "УТВЕРЖДАЮ", Position = "Глава администрации ЗАТО г. Заозерск" } };
        using var docx = new MemoryStream();
        await new DocumentRenderer().RenderAsync(document, OutputFormat.Docx, docx);

        var again = await new DocumentImporter().ImportAsync(new MemoryStream(docx.ToArray()), "plan.docx");

        Assert.Equal(document.Approval, again.Document!.Approval);
        Assert.DoesNotContain(again.Diagnostics, d => d.Code == DiagnosticCodes.TextNotImported || d.IsError);
    }

    [Fact]
    public async Task A_blank_date_prints_a_blank_and_a_year_written_into_it_is_reported()
    {
        var imported = await Import(Stamp(Layout.Paragraphs, ["УТВЕРЖДАЮ", "Глава администрации ЗАТО г. Заозерск", "___________ И.О. Фамилия", "“__” ______ 2025 г."]));

        var approval = imported.Document!.Approval!;
        Assert.Equal(("Глава администрации ЗАТО г. Заозерск", "И.О. Фамилия", (string?)null), (approval.Position, approval.Signer, approval.Date));
        var warning = Assert.Single(imported.Diagnostics, d => d.Code == DiagnosticCodes.TextNotImported);
        Assert.Contains("2025", warning.Message, StringComparison.Ordinal);
        Assert.Equal("paragraph 4", warning.Path);
        Assert.DoesNotContain(imported.Diagnostics, d => d.IsError);
    }

    [Theory]
    [InlineData("Глава администрации ЗАТО г. Заозерск\t\tО.А. Иванова", "12.01.2025")]
    [InlineData("Глава администрации ЗАТО г. Заозерск ________ О.А. Иванова", "12.01.2025 г.")]
    [InlineData("Глава администрации ЗАТО г. Заозерск ___________/О.А. Иванова/", "12 января 2025 года")]
    public async Task The_name_on_the_positions_line_and_a_numeric_date_are_read(string line, string date)
    {
        var imported = await Import(Stamp(Layout.OneCellTable, ["УТВЕРЖДАЮ:", line, date]));

        var approval = imported.Document!.Approval!;
        Assert.Equal(("Глава администрации ЗАТО г. Заозерск", "О.А. Иванова", "12.01.2025"), (approval.Position, approval.Signer, approval.Date));
    }

    [Fact]
    public async Task A_line_after_the_date_is_reported_not_dropped()
    {
        var imported = await Import(Stamp(Layout.Paragraphs, [.. Personal, "М.П."]));

        Assert.Contains(imported.Diagnostics, d => d.Code == DiagnosticCodes.TextNotImported && d.Message.Contains("«М.П.»", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Layout.Paragraphs)]
    [InlineData(Layout.OneCellTable)]
    [InlineData(Layout.TwoColumnTable)]
    public async Task An_act_approval_is_read_in_every_layout(Layout layout)
    {
        var imported = await Import(Stamp(layout, ["УТВЕРЖДЕН", "постановлением администрации", "ЗАТО г. Заозерск", "от 12.01.2024 № 15"]));

        var approval = imported.Document!.Approval!;
        Assert.Equal(("УТВЕРЖДЕН", "постановлением администрации ЗАТО г. Заозерск", "12.01.2024", "15", (string?)null), (approval.Heading, approval.Act, approval.Date, approval.Number, approval.Position));
        Assert.DoesNotContain(imported.Diagnostics, d => d.IsError);
    }

    [Fact]
    public async Task A_stamp_after_the_title_is_read_too()
    {
        var docx = Create(
            P("ПЛАН мероприятий по противодействию коррупции в администрации ЗАТО г. Заозерск на 2025–2027 годы"),
            P("УТВЕРЖДЕН постановлением администрации ЗАТО г. Заозерск от 12.01.2024 № 15"),
            T(4, ["№ п/п", "Мероприятие", "Ответственный", "Срок"], [">41. Организационные меры"], ["1.1", "Заседания комиссии", "Глава", "ежеквартально"]));

        var imported = await new DocumentImporter().ImportAsync(new MemoryStream(docx), "plan.docx");

        Assert.Equal("15", imported.Document!.Approval!.Number);
        Assert.DoesNotContain(imported.Diagnostics, d => d.Code == DiagnosticCodes.TextNotImported);
    }

    [Theory]
    [InlineData(MessageLanguage.English)]
    [InlineData(MessageLanguage.Russian)]
    public void A_stamp_with_both_a_person_and_an_act_is_an_error_in_both_languages(MessageLanguage language)
    {
        var document = new PlanDocument
        {
            Kind = DocumentKind.Plan,
            Organisation = "Администрация ЗАТО г. Заозерск",
            PlanSubject = "мероприятий",
            PlanPeriod = new YearRange { From = 2025, To = 2027 },
            Approval = new ApprovalBlock { Heading = "УТВЕРЖДАЮ", Position = "Глава", Act = "постановлением" },
            Sections = [],
            Signatories = [],
        };

        var error = MessageWords.In(language, () => Assert.Single(PlanValidator.Validate(document), d => d.Code == DiagnosticCodes.ApprovalPersonAndAct));

        Assert.Equal("$.approval.act", error.Path);
        Assert.Empty(language == MessageLanguage.Russian ? MessageWords.EnglishIn(error.Message) : MessageWords.RussianIn(error.Message));
    }
}
