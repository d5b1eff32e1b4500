using Zaozersk.Reporting.Layout;
using Zaozersk.Reporting.Markup;

namespace Zaozersk.Reporting.Tests.Layout;

/// <summary>
/// Layout tests in QuestPDF's spirit: given a page and content, on which page and where does each
/// element land. Pages here are small (A5 landscape-free, 20 mm margins) to make the hard cases short.
/// </summary>
public sealed class LayoutTests
{
    private static readonly double Margin = Zaozersk.Reporting.Documents.Length.FromMillimetres(20).Points;

    private const string Styles = "<styles font=\"Times New Roman\" size=\"12pt\"/>";

    private static IReadOnlyList<LaidOutPage> Lay(string body, string section = "size=\"A5\" margin-top=\"20mm\" margin-bottom=\"20mm\" margin-left=\"20mm\" margin-right=\"20mm\"") =>
        Paginator.Paginate(MarkupReader.Read($"<document>{Styles}<section {section}>{body}</section></document>", "test.sbn")).Pages;

    private static string Table(string rows, string columns = "<column width=\"1*\"/><column width=\"1*\"/>") =>
        $"<table><columns>{columns}</columns>{rows}</table>";

    private static string Row(params string[] cells) => "<row>" + string.Concat(cells.Select(c => $"<cell><p>{c}</p></cell>")) + "</row>";

    private static string Words(int count, string prefix = "слово") => string.Join(' ', Enumerable.Range(1, count).Select(i => $"{prefix}{i}"));

    private static List<string> TextOf(LaidOutPage page) => page.Items.OfType<TextItem>().Select(t => t.Text).ToList();

    private static List<string> AllWords(IEnumerable<LaidOutPage> pages, string prefix) =>
        pages.SelectMany(p => p.Items.OfType<TextItem>()).SelectMany(t => t.Text.Split(' ')).Where(w => w.StartsWith(prefix, StringComparison.Ordinal)).ToList();

    [Fact]
    public void A_row_taller_than_the_rest_of_the_page_splits_with_nothing_lost_or_duplicated()
    {
        var pages = Lay(Table(Row("короткая", Words(400, "w"))));

        Assert.True(pages.Count >= 2);
        var parts = pages.Select(p => p.Items.OfType<RowItem>().Where(r => !r.Repeated).ToList()).ToList();
        Assert.False(parts[0].Single().Complete);
        Assert.True(parts[^1].Single().Continued);
        Assert.True(parts[^1].Single().Complete);
        Assert.Equal(Enumerable.Range(1, 400).Select(i => $"w{i}"), AllWords(pages, "w"));
        Assert.Equal(1, pages.Count(p => TextOf(p).Contains("короткая")));
    }

    [Fact]
    public void A_single_cell_taller_than_a_whole_page_continues_over_several_pages()
    {
        var pages = Lay(Table(Row(Words(1500, "q"), "x")));

        Assert.True(pages.Count >= 3);
        Assert.Equal(Enumerable.Range(1, 1500).Select(i => $"q{i}"), AllWords(pages, "q"));
        Assert.All(pages.Skip(1), p => Assert.True(p.Items.OfType<RowItem>().Single().Continued));
    }

    [Fact]
    public void Only_rows_marked_to_repeat_come_back_on_continuation_pages()
    {
        var rows = "<row header=\"true\"><cell><p>Заголовок А</p></cell><cell><p>Заголовок Б</p></cell></row>"
            + "<row header=\"true\" repeat=\"true\"><cell><p>1</p></cell><cell><p>2</p></cell></row>"
            + string.Concat(Enumerable.Range(1, 60).Select(i => Row($"строка{i}", "текст")));

        var pages = Lay(Table(rows));

        Assert.True(pages.Count >= 2);
        Assert.Contains("Заголовок А", TextOf(pages[0]));
        foreach (var page in pages.Skip(1))
        {
            var first = page.Items.OfType<RowItem>().First();
            Assert.True(first.Repeated);
            Assert.Equal(1, first.Row);
            Assert.Equal(Margin, first.Y, 3);
            Assert.DoesNotContain("Заголовок А", TextOf(page));
        }

        // Every body row once, in order.
        var bodyRows = pages.SelectMany(p => p.Items.OfType<RowItem>()).Where(r => !r.Repeated && r.Row >= 2).Select(r => r.Row).ToList();
        Assert.Equal(Enumerable.Range(2, 60), bodyRows);
    }

    [Fact]
    public void A_word_wider_than_its_cell_is_broken_between_characters_not_clipped()
    {
        var word = "https://example.org/" + new string('ж', 120);
        var pages = Lay(Table(Row(word, "б"), "<column width=\"30mm\"/><column width=\"1*\"/>"));

        var page = Assert.Single(pages);
        var pieces = page.Items.OfType<TextItem>().Where(t => t.Text != "б").ToList();
        Assert.True(pieces.Count > 3);
        Assert.Equal(word, string.Concat(pieces.Select(p => p.Text)));
        var cellRight = Margin + Zaozersk.Reporting.Documents.Length.FromMillimetres(30).Points;
        Assert.All(pieces, p => Assert.True(p.X + p.Width <= cellRight + 0.01, $"{p.Text} ends at {p.X + p.Width}"));
    }

    [Fact]
    public void Empty_cells_still_make_a_row_of_one_line()
    {
        var pages = Lay(Table("<row><cell/><cell><p></p></cell></row>" + Row("а", "б")));

        var rows = pages[0].Items.OfType<RowItem>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.True(rows[0].Height > 12);
        Assert.Equal(rows[0].Y + rows[0].Height, rows[1].Y, 3);
    }

    [Fact]
    public void A_table_starting_near_the_page_bottom_moves_its_header_with_its_first_row()
    {
        // 32 lines leave room for the two header rows but not for a line of the first body row.
        var filler = string.Concat(Enumerable.Range(1, 32).Select(i => $"<p>абзац {i}</p>"));
        var rows = "<row header=\"true\"><cell><p>Шапка</p></cell><cell><p>Шапка</p></cell></row>"
            + "<row header=\"true\" repeat=\"true\"><cell><p>1</p></cell><cell><p>2</p></cell></row>"
            + Row(Words(30, "t"), "x");

        var pages = Lay(filler + Table(rows));

        Assert.Contains("абзац 32", TextOf(pages[0]));
        Assert.Empty(pages[0].Items.OfType<RowItem>());
        var onSecond = pages[1].Items.OfType<RowItem>().Select(r => r.Row).ToList();
        Assert.Equal([0, 1, 2], onSecond);
    }

    [Fact]
    public void A_row_kept_with_the_next_moves_to_the_next_page_with_it()
    {
        var filler = string.Concat(Enumerable.Range(1, 60).Select(i => Row($"r{i}", "x")));
        var pages = Lay(Table(filler + "<row keep-with-next=\"true\"><cell colspan=\"2\"><p>Раздел</p></cell></row>" + Row(Words(60, "s"), "y")));

        var sectionPage = pages.ToList().FindIndex(p => TextOf(p).Contains("Раздел"));
        var firstWordPage = pages.ToList().FindIndex(p => p.Items.OfType<TextItem>().Any(t => t.Text.StartsWith("s1 ", StringComparison.Ordinal) || t.Text == "s1"));
        Assert.Equal(sectionPage, firstWordPage);
    }

    [Fact]
    public void Page_number_appears_from_page_two_centred_in_the_top_margin()
    {
        var pages = Lay(
            "<header page=\"first\"/><header><p align=\"center\"><page-number/></p></header>" + string.Concat(Enumerable.Range(1, 80).Select(i => $"<p>абзац {i}</p>")),
            "size=\"A5\" margin-top=\"20mm\" margin-bottom=\"20mm\" margin-left=\"20mm\" margin-right=\"20mm\" header-distance=\"10mm\"");

        Assert.True(pages.Count >= 2);
        Assert.DoesNotContain("1", TextOf(pages[0]));
        var number = pages[1].Items.OfType<TextItem>().Single(t => t.Text == "2");
        Assert.True(number.Baseline < Margin);
        var middle = pages[1].Width / 2;
        Assert.Equal(middle, number.X + (number.Width / 2), 1);
    }

    [Fact]
    public void Justified_lines_fill_the_width_except_the_last()
    {
        var pages = Lay($"<p align=\"justify\">{Words(80, "ю")}</p>");

        var items = pages[0].Items.OfType<TextItem>().ToList();
        var lines = items.GroupBy(i => i.Baseline).ToList();
        var right = pages[0].Width - Margin;
        foreach (var line in lines.Take(lines.Count - 1))
        {
            Assert.Equal(right, line.Max(i => i.X + i.Width), 2);
        }

        Assert.True(lines[^1].Max(i => i.X + i.Width) < right - 10);
    }

    [Fact]
    public void Soft_hyphen_breaks_with_a_visible_hyphen_and_non_breaking_space_holds()
    {
        var pages = Lay(Table(Row("противо&#xAD;действие противо&#xAD;действие противо&#xAD;действие №&#xA0;336", "x"), "<column width=\"28mm\"/><column width=\"1*\"/>"));

        var texts = TextOf(pages[0]);
        Assert.Contains(texts, t => t.EndsWith("противо-", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t == "№");
        Assert.Contains(texts, t => t.Contains("№\u00A0336", StringComparison.Ordinal));
    }

    [Fact]
    public void Character_missing_from_the_bundled_font_is_an_error_naming_it_and_where()
    {
        var error = Assert.Throws<LayoutException>(() => Lay(Table(Row("а", "текст 😀 здесь"))));

        Assert.Contains("U+1F600", error.Message, StringComparison.Ordinal);
        Assert.Contains("row 1 «а», cell 2", error.Location, StringComparison.Ordinal);
        Assert.Contains("текст 😀 здесь", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_taller_than_the_page_is_reported_not_dropped()
    {
        Assert.Throws<LayoutException>(() => Lay("<p size=\"900pt\">Я</p>"));
    }

    [Fact]
    public void Links_and_bookmarks_are_placed()
    {
        var pages = Lay(Table("<row bookmark=\"1. Раздел\"><cell colspan=\"2\"><p>1. Раздел</p></cell></row>" + Row("см. <a href=\"https://example.org/x\">сайт</a>", "y")));

        var link = pages[0].Items.OfType<LinkItem>().Single();
        Assert.Equal("https://example.org/x", link.Target.AbsoluteUri);
        var text = pages[0].Items.OfType<TextItem>().Single(t => t.Text == "сайт");
        Assert.Equal(text.X, link.X, 3);
        Assert.Equal("1. Раздел", pages[0].Items.OfType<BookmarkItem>().Single().Title);
    }

    [Fact]
    public void A_rowspan_cell_is_one_box_over_its_rows()
    {
        var pages = Lay(Table("<row><cell rowspan=\"2\"><p>объединённая</p></cell><cell><p>верх</p></cell></row><row><cell><p>низ</p></cell></row>" + Row("после", "x")));

        var rules = pages[0].Items.OfType<RuleItem>().ToList();
        var rows = pages[0].Items.OfType<RowItem>().ToList();
        var (upper, lower) = (rows[0], rows[1]);
        var split = Margin + ((pages[0].Width - (2 * Margin)) / 2);
        // The merged cell's left edge runs down both rows, and no line crosses it between them.
        Assert.Contains(rules, r => Math.Abs(r.X1 - Margin) < 0.01 && Math.Abs(r.X2 - Margin) < 0.01 && Math.Abs(r.Y1 - upper.Y) < 0.01 && Math.Abs(r.Y2 - (lower.Y + lower.Height)) < 0.01);
        Assert.DoesNotContain(rules, r => Math.Abs(r.Y1 - lower.Y) < 0.01 && Math.Abs(r.Y2 - lower.Y) < 0.01 && r.X1 < split - 1);
        Assert.Equal(["объединённая", "верх", "низ", "после", "x"], TextOf(pages[0]));
    }

    [Fact]
    public void Rows_joined_by_a_rowspan_start_the_next_page_when_none_of_them_fits()
    {
        // 33 one-line rows fill the page: the joined rows, merged cell and all, start the next one
        // (when some of them fit, they split between rows: RowspanAcrossPagesTests).
        var filler = string.Concat(Enumerable.Range(1, 33).Select(i => Row($"r{i}", "x")));
        var pages = Lay(Table(filler + "<row><cell rowspan=\"3\"><p>общая</p></cell><cell><p>a</p></cell></row><row><cell><p>b</p></cell></row><row><cell><p>c</p></cell></row>"));

        var page = pages.ToList().FindIndex(p => TextOf(p).Contains("общая"));
        Assert.True(page > 0);
        Assert.Contains("a", TextOf(pages[page]));
        Assert.Contains("c", TextOf(pages[page]));
        Assert.DoesNotContain("a", TextOf(pages[page - 1]));
    }

    [Fact]
    public void Page_break_starts_a_new_page()
    {
        var pages = Lay("<p>до</p><page-break/><p>после</p>");

        Assert.Equal(2, pages.Count);
        Assert.Equal(["до"], TextOf(pages[0]));
        Assert.Equal(["после"], TextOf(pages[1]));
    }

    [Fact]
    public void A_row_that_may_not_split_in_a_nested_table_first_on_the_page_splits_there_instead_of_failing()
    {
        // The nested table is told it is first on the page (nothing above the outer row): moving its
        // row to the next page would gain nothing, so the row breaks, as at the top of the page body.
        var nested = "<table><columns><column width=\"1*\"/></columns><row split=\"false\"><cell><p>" + Words(700, "n") + "</p></cell></row></table>";
        var pages = Lay($"<table><columns><column width=\"1*\"/></columns><row><cell>{nested}</cell></row></table>");

        Assert.True(pages.Count >= 2);
        Assert.Equal(Enumerable.Range(1, 700).Select(i => $"n{i}"), AllWords(pages, "n"));
    }
}
