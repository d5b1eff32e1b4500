using Zaozersk.Reporting.Layout;
using Zaozersk.Reporting.Markup;

namespace Zaozersk.Reporting.Tests.Layout;

/// <summary>
/// A row kept with the next (a section title) before rows joined by a rowspan (a unit responsible
/// for the whole section, printed once): the title goes to the page the first joined row starts
/// on, as in LibreOffice; the joined rows themselves may go on to the next page one by one.
/// </summary>
public sealed class RowspanKeepTests
{
    private static IReadOnlyList<LaidOutPage> Lay(string rows) =>
        Paginator.Paginate(MarkupReader.Read(
            "<document><styles font=\"Times New Roman\" size=\"12pt\"/><section size=\"A5\" margin-top=\"20mm\" margin-bottom=\"20mm\" margin-left=\"20mm\" margin-right=\"20mm\">"
            + $"<table><columns><column width=\"1*\"/><column width=\"1*\"/></columns>{rows}</table></section></document>", "test.sbn")).Pages;

    private static string Row(string left, string right) => $"<row><cell><p>{left}</p></cell><cell><p>{right}</p></cell></row>";

    private const string Title = "<row keep-with-next=\"true\"><cell colspan=\"2\"><p>Раздел</p></cell></row>";

    private static string Joined(string first) =>
        $"<row><cell rowspan=\"3\"><p>общая</p></cell><cell><p>{first}</p></cell></row><row><cell><p>b</p></cell></row><row><cell><p>c</p></cell></row>";

    private static int PageOf(IReadOnlyList<LaidOutPage> pages, string text) =>
        pages.ToList().FindIndex(p => p.Items.OfType<TextItem>().Any(t => t.Text.Split(' ').Contains(text)));

    /// <summary>The page each word is first on.</summary>
    private static int[] PagesOf(IReadOnlyList<LaidOutPage> pages, params string[] words) => [.. words.Select(w => PageOf(pages, w))];

    [Fact]
    public void A_title_kept_with_joined_rows_moves_on_only_when_their_first_row_does_not_fit()
    {
        // About 33 one-line rows fill a page: from some count on, the title would fit under the
        // filler but the first joined row would not.
        var moved = 0;
        for (var rows = 28; rows <= 36; rows++)
        {
            var filler = string.Concat(Enumerable.Range(1, rows).Select(i => Row($"r{i}", "x")));

            var pages = Lay(filler + Title + Joined("a"));

            Assert.Equal(PageOf(pages, "общая"), PageOf(pages, "Раздел"));
            Assert.Equal(PageOf(pages, "a"), PageOf(pages, "Раздел"));
            moved += PageOf(pages, "Раздел") > PageOf(pages, $"r{rows}") ? 1 : 0;
        }

        Assert.True(moved >= 2, $"the title moved on {moved} times");

        // Room for the title and the first joined row, not for the others: LibreOffice keeps both here.
        var split = Lay(string.Concat(Enumerable.Range(1, 31).Select(i => Row($"r{i}", "x"))) + Title + Joined("a"));
        Assert.Equal([0, 0, 1, 1], PagesOf(split, "Раздел", "a", "b", "c"));
    }

    [Fact]
    public void Joined_rows_taller_than_a_page_start_under_the_title_they_are_kept_with()
    {
        // Nothing is gained by moving on: on the next page the rows would not fit either.
        var words = string.Join(' ', Enumerable.Range(1, 200).Select(i => $"w{i}"));

        var pages = Lay(Title + Joined(words));

        Assert.Equal(0, PageOf(pages, "Раздел"));
        Assert.Equal(0, PageOf(pages, "общая"));
        Assert.Equal(0, PageOf(pages, "w1"));
    }
}
