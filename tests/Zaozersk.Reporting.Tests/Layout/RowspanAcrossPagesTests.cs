using Zaozersk.Reporting.Layout;
using Zaozersk.Reporting.Markup;

namespace Zaozersk.Reporting.Tests.Layout;

/// <summary>
/// Rows joined by a rowspan (a unit responsible for a whole section, printed once) laid out as a
/// word processor lays out our DOCX: the rows are placed, split and moved on one by one like any
/// row; the merged cell's content flows down through the height of its rows and continues on the
/// next page; the last row it covers grows by what more it needs. The expected pages are
/// LibreOffice's for the same markup (checked by hand; page parity on a user's template is checked
/// in <see cref="Interop.RowspanPageParityTests"/>).
/// </summary>
public sealed class RowspanAcrossPagesTests
{
    private static readonly double Margin = Zaozersk.Reporting.Documents.Length.FromMillimetres(20).Points;

    private static IReadOnlyList<LaidOutPage> Lay(string rows) =>
        Paginator.Paginate(MarkupReader.Read(
            "<document><styles font=\"Times New Roman\" size=\"12pt\"/><section size=\"A5\" margin-top=\"20mm\" margin-bottom=\"20mm\" margin-left=\"20mm\" margin-right=\"20mm\">"
            + $"<table border=\"0.5pt\"><columns><column width=\"1*\"/><column width=\"1*\"/></columns>{rows}</table></section></document>", "test.sbn")).Pages;

    private static string Row(string left, string right, string attributes = "") => $"<row{attributes}><cell><p>{left}</p></cell><cell><p>{right}</p></cell></row>";

    private static string Filler(int rows) => string.Concat(Enumerable.Range(1, rows).Select(i => Row($"r{i}", "x")));

    /// <summary>A cell spanning <paramref name="rows"/> rows, holding <paramref name="merged"/>, beside rows a, b, c … (or the texts given).</summary>
    private static string Joined(int rows, string merged, IReadOnlyList<string>? texts = null, string attributes = "")
    {
        var text = texts ?? [.. Enumerable.Range(0, rows).Select(i => ((char)('a' + i)).ToString())];
        return $"<row{attributes}><cell rowspan=\"{rows}\">{merged}</cell><cell><p>{text[0]}</p></cell></row>"
            + string.Concat(text.Skip(1).Select(t => $"<row{attributes}><cell><p>{t}</p></cell></row>"));
    }

    private static string Lines(int count, string prefix) => string.Concat(Enumerable.Range(1, count).Select(i => $"<p>{prefix}{i}</p>"));

    private static string Words(int count, string prefix) => string.Join(' ', Enumerable.Range(1, count).Select(i => $"{prefix}{i}"));

    private static int PageOf(IReadOnlyList<LaidOutPage> pages, string word) =>
        pages.ToList().FindIndex(p => p.Items.OfType<TextItem>().Any(t => t.Text.Split(' ').Contains(word)));

    /// <summary>The page each word is first on.</summary>
    private static int[] PagesOf(IReadOnlyList<LaidOutPage> pages, params string[] words) => [.. words.Select(w => PageOf(pages, w))];

    private static List<string> AllWords(IEnumerable<LaidOutPage> pages, string prefix) =>
        [.. pages.SelectMany(p => p.Items.OfType<TextItem>()).SelectMany(t => t.Text.Split(' ')).Where(w => w.StartsWith(prefix, StringComparison.Ordinal) && w.Length > prefix.Length && char.IsDigit(w[prefix.Length]))];

    /// <summary>The vertical rules along the table's left edge (the merged cell's left side) on a page.</summary>
    private static List<RuleItem> LeftEdge(LaidOutPage page) =>
        [.. page.Items.OfType<RuleItem>().Where(r => Math.Abs(r.X1 - Margin) < 0.01 && Math.Abs(r.X2 - Margin) < 0.01)];

    [Fact]
    public void Joined_rows_that_do_not_all_fit_split_between_rows_where_the_page_ends()
    {
        // 33 one-line rows fill a page: after 30, three of the six joined rows fit (LibreOffice puts a, b, c there).
        var pages = Lay(Filler(30) + Joined(6, "<p>общая</p>") + Row("после", "y"));

        Assert.Equal(2, pages.Count);
        Assert.Equal([0, 0, 0, 0, 1, 1, 1, 1], PagesOf(pages, "общая", "a", "b", "c", "d", "e", "f", "после"));
        Assert.Single(pages.SelectMany(p => p.Items.OfType<TextItem>()), t => t.Text.Contains("общая", StringComparison.Ordinal));

        // The merged cell's box runs from row a to the foot of row c, and on from the top of row d to the foot of row f.
        var first = pages[0].Items.OfType<RowItem>().Where(r => r.Row >= 30).ToList();
        var second = pages[1].Items.OfType<RowItem>().Where(r => r.Row is >= 30 and <= 35).ToList();
        Assert.Contains(LeftEdge(pages[0]), r => Math.Abs(r.Y1 - first[0].Y) < 0.01 && Math.Abs(r.Y2 - (first[^1].Y + first[^1].Height)) < 0.01);
        Assert.Contains(LeftEdge(pages[1]), r => Math.Abs(r.Y1 - second[0].Y) < 0.01 && Math.Abs(r.Y2 - (second[^1].Y + second[^1].Height)) < 0.01);
    }

    [Fact]
    public void A_merged_cell_taller_than_a_page_continues_in_its_rows_on_the_next_pages()
    {
        var pages = Lay(Filler(10) + Joined(3, Lines(60, "m")) + Row("после", "y"));

        // As LibreOffice: rows a, b, c start on the first page, the last one grows and splits twice.
        Assert.Equal(3, pages.Count);
        Assert.Equal(Enumerable.Range(1, 60).Select(i => $"m{i}"), AllWords(pages, "m"));
        Assert.Equal([0, 0, 0, 2], PagesOf(pages, "a", "b", "c", "после"));
        Assert.Equal(0, PageOf(pages, "m1"));
        Assert.Equal(1, PageOf(pages, "m25"));
        Assert.Equal(2, PageOf(pages, "m60"));
        Assert.All(pages.Skip(1), p => Assert.True(p.Items.OfType<RowItem>().First().Continued));

        // Nothing of it is clipped: every line is inside the page body and above the row after the block.
        var bottom = pages[0].Height - Margin;
        Assert.All(pages.SelectMany(p => p.Items.OfType<TextItem>()), t => Assert.InRange(t.Baseline, Margin, bottom));
        var after = pages[2].Items.OfType<RowItem>().Single(r => r.Row == 13);
        Assert.All(pages[2].Items.OfType<TextItem>().Where(t => t.Text.StartsWith('m')), t => Assert.True(t.Baseline < after.Y));
    }

    [Fact]
    public void Joined_rows_taller_than_a_page_split_inside_their_rows_and_lose_no_word()
    {
        var texts = Enumerable.Range(1, 5).Select(r => Words(120, $"t{r}x")).ToList();
        var pages = Lay(Filler(5) + Joined(5, $"<p>{Words(400, "m")}</p>", texts) + Row("после", "y"));

        Assert.True(pages.Count >= 4);
        Assert.Equal(Enumerable.Range(1, 400).Select(i => $"m{i}"), AllWords(pages, "m"));
        for (var r = 1; r <= 5; r++)
        {
            Assert.Equal(Enumerable.Range(1, 120).Select(i => $"t{r}x{i}"), AllWords(pages, $"t{r}x"));
        }

        // The block starts under the filler, not on a page of its own, and its first row splits there.
        Assert.Equal(0, PageOf(pages, "t1x1"));
        Assert.Equal(0, PageOf(pages, "m1"));
        Assert.Contains(pages[0].Items.OfType<RowItem>(), r => r.Row == 5 && !r.Complete);
    }

    [Fact]
    public void The_merged_cell_is_one_cell_with_its_rowspan_on_every_page_it_reaches()
    {
        var pages = Lay(Filler(10) + Joined(3, Lines(60, "m")));

        // Each line is a paragraph (P) of the cell.
        var nodes = pages.SelectMany(p => p.Items.OfType<TextItem>()).Where(t => t.Text.StartsWith('m')).Select(t => t.Node?.Parent).Distinct().ToList();
        var node = Assert.Single(nodes);
        Assert.NotNull(node);
        Assert.Equal(StructureRole.TD, node.Role);
        Assert.Equal(3, node.RowSpan);

        // The cell stands once in reading order, in the row it belongs to, on the page it starts on.
        var marks = pages.Select(p => p.Items.OfType<StructureItem>().Count(s => ReferenceEquals(s.Node, node))).ToList();
        Assert.Equal([1, 0, 0], marks);
        Assert.Equal(3, pages.Count(p => p.Items.OfType<TextItem>().Any(t => ReferenceEquals(t.Node?.Parent, node))));
    }

    [Fact]
    public void A_merged_cell_whole_on_its_page_keeps_its_vertical_alignment_and_one_split_starts_at_the_top()
    {
        static string Centred(int rows, string merged) =>
            $"<row><cell rowspan=\"{rows}\" valign=\"center\">{merged}</cell><cell><p>a</p></cell></row>" + string.Concat(Enumerable.Range(1, rows - 1).Select(i => $"<row><cell><p>{Words(20, $"s{i}x")}</p></cell></row>"));

        var whole = Lay(Centred(3, "<p>общая</p>"));
        var rows = whole[0].Items.OfType<RowItem>().ToList();
        var middle = (rows[0].Y + rows[^1].Y + rows[^1].Height) / 2;
        Assert.InRange(whole[0].Items.OfType<TextItem>().Single(t => t.Text == "общая").Baseline, middle - 12, middle + 12);

        // Split across pages, a word processor sets the cell's content at the top of its first part.
        var split = Lay(Filler(30) + Centred(6, "<p>общая</p>"));
        var first = split[0].Items.OfType<RowItem>().First(r => r.Row == 30);
        Assert.InRange(split[0].Items.OfType<TextItem>().Single(t => t.Text == "общая").Baseline, first.Y, first.Y + 16);
    }

    [Fact]
    public void A_last_row_that_may_not_split_moves_on_unless_the_rest_of_the_merged_cell_is_taller_than_a_page()
    {
        static string Block(string merged) => Filler(20) + Joined(3, merged, [Words(12, "a"), Words(20, "b"), Words(6, "c")], " split=\"false\"");

        // The rest of the merged cell fits the next page: the last row, grown by it, moves on whole (as LibreOffice).
        var fits = Lay(Block($"<p>{Words(150, "m")}</p>"));
        Assert.Equal([0, 0, 1], PagesOf(fits, "a1", "b1", "c1"));
        Assert.Equal(Enumerable.Range(1, 150).Select(i => $"m{i}"), AllWords(fits, "m"));

        // Taller than a page: moving on would gain nothing, the row stays and the merged cell runs on.
        var tall = Lay(Block(Lines(80, "m")));
        Assert.Equal([0, 0, 0], PagesOf(tall, "a1", "b1", "c1"));
        Assert.Equal(3, tall.Count);
        Assert.Equal(Enumerable.Range(1, 80).Select(i => $"m{i}"), AllWords(tall, "m"));
    }

    [Fact]
    public void A_kept_title_moves_on_with_a_row_that_may_not_split_and_does_not_fit()
    {
        // The title would fit, its row only in part, and that row may not split: both move on.
        var pages = Lay(Filler(24) + "<row keep-with-next=\"true\" split=\"false\"><cell colspan=\"2\"><p>Раздел</p></cell></row>"
            + Joined(2, "<p>общая</p>", [Words(80, "w"), "b"], " split=\"false\""));

        Assert.Equal(1, PageOf(pages, "Раздел"));
        Assert.Equal(1, PageOf(pages, "w1"));
        Assert.Equal(0, PageOf(pages, "r24"));
    }

    [Fact]
    public void A_row_that_may_not_split_but_is_taller_than_a_page_splits_under_its_title_instead_of_leaving_it_alone()
    {
        var pages = Lay(Filler(33) + "<row keep-with-next=\"true\" split=\"false\"><cell colspan=\"2\"><p>Раздел</p></cell></row>"
            + Joined(2, "<p>общая</p>", [Words(400, "w"), "b"], " split=\"false\""));

        // The title starts a page (the filler fills the first); moving on would leave it alone there.
        Assert.Equal(1, PageOf(pages, "Раздел"));
        Assert.Equal(1, PageOf(pages, "w1"));
        Assert.Equal(Enumerable.Range(1, 400).Select(i => $"w{i}"), AllWords(pages, "w"));
    }

    [Fact]
    public void Merged_content_that_fits_no_page_is_reported_not_dropped()
    {
        // A line of 600 pt is taller than an A5 page body: it can never be placed.
        var error = Assert.Throws<LayoutException>(() => Lay(Joined(2, "<p>общая <span size=\"600pt\">Ж</span></p>")));

        Assert.Contains("taller than a whole page", error.Reason, StringComparison.Ordinal);
    }
}
