using Zaozersk.Reporting.Layout;
using Zaozersk.Reporting.Tests.Conformance;

namespace Zaozersk.Reporting.Tests.Layout;

/// <summary>
/// A user's portrait report whose section II (five measures sharing one responsible unit, printed
/// once in a cell spanning their rows) is taller than a page: laid out as LibreOffice lays out its
/// DOCX (<see cref="PortraitRowspanPageParityTests"/> compares the pages), with no word lost.
/// </summary>
public sealed class PortraitRowspanTests
{
    // The numbers of section II's measures.
    private static readonly string[] SectionTwo = ["2.1", "2.2", "2.2.1", "2.2.2", "2.3"];

    private static List<string> Words(IEnumerable<LaidOutPage> pages) =>
        [.. pages.SelectMany(p => p.Items.OfType<TextItem>()).SelectMany(t => t.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))];

    private static int PageOf(IReadOnlyList<LaidOutPage> pages, string text) =>
        pages.ToList().FindIndex(p => string.Join(' ', p.Items.OfType<TextItem>().Select(t => t.Text.Trim())).Contains(text, StringComparison.Ordinal));

    private static int Count(IEnumerable<LaidOutPage> pages, string word) => Words(pages).Count(w => w.Trim(',', '.', ';') == word);

    [Fact]
    public void Rows_that_may_not_split_each_move_on_whole_and_the_unit_is_printed_once()
    {
        // Each row is about half a page and may not split: as in LibreOffice, each starts a page.
        var pages = PortraitRowspanReport.Lay(PortraitRowspanReport.LongTexts(1));

        var rows = SectionTwo.Select(n => PageOf(pages, $"Пункт {n} исполнен")).ToList();
        Assert.Equal(Enumerable.Range(rows[0], 5), rows);
        Assert.Equal(rows[0], PageOf(pages, "II. Противодействие"));
        Assert.Equal(5, Count(pages, "достоверности"));
        Assert.Equal(1, Count(pages, "кадров"));
        Assert.Equal(rows[0], PageOf(pages, "кадров"));
    }

    [Fact]
    public void Rows_taller_than_a_page_split_under_the_section_title_and_lose_no_word()
    {
        var pages = PortraitRowspanReport.Lay(PortraitRowspanReport.LongTexts(3));

        // The title is never left alone at the foot of a page: the first row starts under it.
        var title = PageOf(pages, "II. Противодействие");
        Assert.Equal(title, PageOf(pages, "Актуализация перечня"));
        Assert.Equal(15, Count(pages, "достоверности"));
        Assert.Equal(1, Count(pages, "кадров"));
        Assert.All(SectionTwo, n => Assert.True(PageOf(pages, $"Пункт {n} исполнен") >= title));
    }

    [Fact]
    public void A_shared_unit_cell_taller_than_a_page_continues_in_its_rows_on_the_next_page()
    {
        var pages = PortraitRowspanReport.Lay(PortraitRowspanReport.ManyUnits(90));

        var units = Words(pages).Where(w => w.StartsWith("номер", StringComparison.Ordinal)).ToList();
        Assert.Equal(Enumerable.Range(1, 90).Select(u => $"номер{u}"), units);

        // The cell's text is on two pages, in one cell spanning the section's five rows.
        var items = pages.Select((p, i) => (Page: i, Items: p.Items.OfType<TextItem>().Where(t => t.Text.Contains("номер", StringComparison.Ordinal)).ToList())).Where(p => p.Items.Count > 0).ToList();
        Assert.True(items.Count >= 2, $"the unit cell is on {items.Count} page(s)");
        var node = Assert.Single(items.SelectMany(p => p.Items).Select(t => t.Node?.Parent ?? t.Node).Distinct());
        Assert.NotNull(node);
        Assert.Equal(StructureRole.TD, node.Role);
        Assert.Equal(5, node.RowSpan);

        // Each part is drawn inside its page's body, above the page's bottom margin (20 mm).
        var bottom = pages[0].Height - Zaozersk.Reporting.Documents.Length.FromMillimetres(20).Points;
        Assert.All(items.SelectMany(p => p.Items), t => Assert.True(t.Baseline < bottom));

        // The section's last measure comes after the whole unit cell's text.
        Assert.True(PageOf(pages, "III. ") >= items[^1].Page);
    }

    [Fact]
    public void The_tagged_pdf_reads_the_unit_cell_split_across_pages_as_one_cell_with_its_rowspan()
    {
        var (_, pdf) = PortraitRowspanReport.Render(PortraitRowspanReport.ManyUnits(90));

        var tree = StructureTree.Of(pdf);

        Assert.NotNull(tree);
        var cell = Assert.Single(tree.Descendants(), e => e.Type == "TD" && e.Text.Contains("номер", StringComparison.Ordinal));
        Assert.Contains("/RowSpan 5", cell.Attributes);
        // One paragraph a unit, every one once, in order, though they are on two pages.
        Assert.Equal(Enumerable.Range(1, 90).Select(u => $"Отдел номер{u}"), cell.Children.Select(p => p.Text.Trim()));
    }
}
