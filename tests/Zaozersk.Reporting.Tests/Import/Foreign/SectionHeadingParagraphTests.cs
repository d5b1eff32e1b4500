using Zaozersk.Reporting.Import;

namespace Zaozersk.Reporting.Tests.Import.Foreign;

/// <summary>
/// Section headings written as paragraphs between separate tables read as sections with number and
/// title (issue 24, item 1); numbers that exist only as Word list numbering read as Word shows them (item 2).
/// </summary>
public sealed class SectionHeadingParagraphTests
{
    public static TheoryData<HeadingLayout, bool> Layouts => new()
    {
        { HeadingLayout.BoldParagraph, false },
        { HeadingLayout.BoldParagraph, true },
        { HeadingLayout.HeadingStyle, false },
        { HeadingLayout.HeadingStyle, true },
        { HeadingLayout.MultiLevelNumbering, false },
        { HeadingLayout.MultiLevelNumbering, true },
        { HeadingLayout.RomanNumbering, false },
        { HeadingLayout.RomanNumbering, true },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public async Task Headings_between_tables_become_sections_and_the_plan_validates_and_renders(HeadingLayout layout, bool headerOnEveryTable)
    {
        using var file = new MemoryStream();
        WordWrittenPlan.Write(file, layout, headerOnEveryTable);
        file.Position = 0;

        var imported = await new DocumentImporter().ImportAsync(file, "plan.docx");

        Assert.DoesNotContain(imported.Diagnostics, d => d.IsError);
        Assert.DoesNotContain(imported.Diagnostics, d => d.Code == DiagnosticCodes.TextNotImported);
        var document = imported.Document!;
        Assert.Equal(DocumentKind.Plan, document.Kind);
        Assert.Equal(WordWrittenPlan.Organisation, document.Organisation);
        Assert.Equal(
            WordWrittenPlan.Sections.Select((s, si) => (WordWrittenPlan.SectionNumber(layout, si, s.Number), s.Title, string.Join(" | ", s.Measures.Select((m, mi) =>
                string.Join(" / ", [WordWrittenPlan.MeasureNumber(layout, si, mi, m[0]), WordWrittenPlan.Numbered(layout) && m[0] == "1.2" ? WordWrittenPlan.NumberedMeasure : m[1], .. m[2..]]))))),
            document.Sections.Select(s => (s.Number, s.Title, string.Join(" | ", s.Items.Select(i => string.Join(" / ", [i.Number, i.Measure, .. i.Responsible, i.Deadline]))))));

        foreach (var format in new[] { OutputFormat.Docx, OutputFormat.Pdf })
        {
            using var output = new MemoryStream();
            await new DocumentRenderer().RenderAsync(document, format, output);
            Assert.True(output.Length > 1000, $"{format} is {output.Length} bytes");
        }
    }

    [Theory]
    [InlineData("2021 – 2024 годы")]
    [InlineData("3 квартал 2024 года")]
    [InlineData("1234. Текст")]
    [InlineData("Продолжение таблицы")]
    public void A_paragraph_that_is_no_heading_is_not_read_as_one(string text) =>
        Assert.Null(SectionHeading.ParseParagraph(text));

    [Theory]
    [InlineData("1. Организационные меры", "1", "Организационные меры")]
    [InlineData("Раздел II. Просвещение", "II", "Просвещение")]
    [InlineData("IV Открытость", "IV", "Открытость")]
    public void A_numbered_paragraph_is_a_heading(string text, string number, string title) =>
        Assert.Equal((number, title), SectionHeading.ParseParagraph(text));

    [Fact]
    public async Task A_numbered_paragraph_between_tables_of_other_columns_is_not_taken_for_a_section()
    {
        var docx = WordFile.Create(
            WordFile.P("ПЛАН мероприятий по противодействию коррупции в Администрации Озерного сельского поселения на 2025–2027 годы"),
            WordFile.T(4, ["№", "Мероприятие", "Ответственный", "Срок"], [">4I. Меры"], ["1", "Заседания комиссии", "Глава", "ежеквартально"]),
            WordFile.P("1. Приложение к плану"),
            WordFile.T(2, ["a", "b"]));

        var imported = await new DocumentImporter().ImportAsync(new MemoryStream(docx), "plan.docx");

        Assert.Equal(["I"], imported.Document!.Sections.Select(s => s.Number));
    }
}
