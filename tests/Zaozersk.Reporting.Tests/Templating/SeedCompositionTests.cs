using Zaozersk.Reporting.Composition;
using Zaozersk.Reporting.Documents;
using Zaozersk.Reporting.Tests.Documents;
using Zaozersk.Reporting.Tests.Seed;
using Zaozersk.Reporting.Tests.Snapshots;

namespace Zaozersk.Reporting.Tests.Templating;

/// <summary>The seed report through the built-in templates into the document model, every cell checked.</summary>
public sealed class SeedCompositionTests
{
    private static readonly PlanDocument Seed = TestData.Seed;

    /// <summary>Running text as printed: the official no-break ties (year ranges, «№», initials) applied.</summary>
    private static string Tied(string? text) => Zaozersk.Reporting.Model.OfficialFormats.Ties(Shown(text));

    /// <summary>Text as the cell shows it: blank lines are paragraph boundaries, not text.</summary>
    private static string Shown(string? text) =>
        string.Join("\n", (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Where(l => !string.IsNullOrWhiteSpace(l)));

    private static Table MainTable(Document document) => document.Sections[0].Blocks.OfType<Table>().First();

    [Fact]
    public void Report_has_nine_section_rows_and_fifty_measure_rows_with_every_cell_intact_and_in_order()
    {
        var table = MainTable(DocumentComposer.Compose(Seed));
        var body = table.Rows.Where(r => !r.IsHeader).ToList();

        var expected = new List<string[]>();
        foreach (var section in Seed.Sections)
        {
            var title = $"{section.Number}. {section.Title}";
            expected.Add(section.Note is null ? [title] : [title, Tied(section.Note)]);
            foreach (var item in section.Items)
            {
                expected.Add([item.Number, Tied(item.Measure), string.Join("\n", item.Responsible), Tied(item.Deadline), Tied(item.Execution)]);
            }
        }

        Assert.Equal(9, body.Count(r => r.KeepWithNext));
        Assert.Equal(50, body.Count(r => !r.KeepWithNext));
        Assert.Equal(expected.Count, body.Count);
        for (var r = 0; r < body.Count; r++)
        {
            Assert.Equal(expected[r], body[r].Cells.Select(DocumentText.Cell).ToArray());
        }
    }

    [Fact]
    public void Report_header_is_the_five_titles_then_the_repeated_column_number_row()
    {
        var table = MainTable(DocumentComposer.Compose(Seed));
        var header = table.Rows.Where(r => r.IsHeader).ToList();

        Assert.Equal(2, header.Count);
        Assert.Equal(["№ п/п", "Наименование мероприятия", "Ответственные исполнители", "Срок исполнения", "Информация об исполнении"], header[0].Cells.Select(DocumentText.Cell));
        Assert.False(header[0].RepeatOnNewPage);
        Assert.Equal(["1", "2", "3", "4", "5"], header[1].Cells.Select(DocumentText.Cell));
        Assert.True(header[1].RepeatOnNewPage);
    }

    [Fact]
    public void Report_follows_the_official_layout()
    {
        var document = DocumentComposer.Compose(Seed);
        var section = Assert.Single(document.Sections);

        Assert.Equal(PageOrientation.Landscape, section.Page.Orientation);
        Assert.Equal(Length.FromMillimetres(20), section.Page.MarginTop);
        Assert.Equal(Length.FromMillimetres(30), section.Page.MarginLeft);
        Assert.Equal(Length.FromMillimetres(10), section.Page.MarginRight);
        // No number on page 1, a centred page number from page 2.
        Assert.Empty(section.FirstHeader!.Blocks);
        var number = Assert.IsType<Paragraph>(Assert.Single(section.Header!.Blocks));
        Assert.Equal(TextAlignment.Center, document.Styles.Resolve(number.StyleId).Paragraph.Alignment);
        Assert.IsType<Field>(Assert.Single(number.Inlines));

        var opening = section.Blocks.TakeWhile(b => b is Paragraph).Cast<Paragraph>().Select(p => string.Concat(DocumentText.Lines(p))).ToList();
        Assert.Equal(
            ["УТВЕРЖДЕН", "постановлением Администрации ЗАТО город Заозерск", "от __________ №\u00A0___", "ОТЧЕТ",
             // A word joiner after the en dash: the year range never breaks across lines.
             "об исполнении Плана мероприятий по противодействию коррупции в Администрации ЗАТО город Заозерск на 2021–\u20602024 годы за 2022 год"],
            opening);
        // The approval stamp sits at the right, its lines at most 8 cm long.
        var stamp = document.Styles.Resolve("approval").Paragraph;
        Assert.True(section.Page.ContentWidth - stamp.LeftIndent!.Value <= Length.FromMillimetres(80));
        Assert.Equal("Администрация ЗАТО город Заозерск", document.Info.Author);
    }

    [Fact]
    public void Approval_date_and_number_print_when_given()
    {
        var document = DocumentComposer.Compose(Seed with { Approval = Seed.Approval! with { Date = "27.04.2022", Number = "336" } });

        var third = (Paragraph)document.Sections[0].Blocks[2];
        Assert.Equal("от 27.04.2022 №\u00A0336", string.Concat(DocumentText.Lines(third)));
    }

    [Fact]
    public void List_lines_keep_their_dash_and_addresses_become_links()
    {
        var table = MainTable(DocumentComposer.Compose(Seed));
        var row11 = table.Rows.First(r => DocumentText.Cell(r.Cells[0]) == "1.1");
        var row17 = table.Rows.First(r => DocumentText.Cell(r.Cells[0]) == "1.7");

        var list = row11.Cells[4].Blocks.OfType<BulletList>().First();
        Assert.Equal("-", list.Bullet);
        var link = row17.Cells[4].Blocks.OfType<Paragraph>().SelectMany(p => p.Inlines).OfType<Hyperlink>().Single();
        Assert.Equal("http://www.zatozaozersk.ru/protivodeystvie-korrupcii/", link.Target.OriginalString);
    }

    [Fact]
    public void Plan_has_four_columns_and_no_execution_text()
    {
        var plan = Seed with { Kind = DocumentKind.Plan, ReportPeriod = null, Sections = [.. Seed.Sections.Select(s => s with { Items = [.. s.Items.Select(i => i with { Execution = null })] })] };

        var document = DocumentComposer.Compose(plan);
        var table = MainTable(document);

        Assert.Equal(4, table.Columns.Count);
        Assert.Equal(["1", "2", "3", "4"], table.Rows[1].Cells.Select(DocumentText.Cell));
        Assert.Equal(59, table.Rows.Count(r => !r.IsHeader));
        Assert.Contains(document.Sections[0].Blocks.OfType<Paragraph>(), p => string.Concat(DocumentText.Lines(p)) == "ПЛАН");
    }

    [Fact]
    public void Seed_report_document_model_snapshot()
    {
        Snapshot.VerifyText(DocumentText.Of(DocumentComposer.Compose(Seed)));
    }
}
