using System.Globalization;
using System.Runtime.CompilerServices;
using Zaozersk.Reporting.Layout;
using Zaozersk.Reporting.Markup;

namespace Zaozersk.Reporting.Tests.Layout;

/// <summary>
/// Pages are produced one at a time, so a writer can write and drop each; a document that shows
/// the page count gets the true count on every page all the same.
/// </summary>
public sealed class PageStreamingTests
{
    private const string Section = "size=\"A5\" margin-top=\"20mm\" margin-bottom=\"20mm\" margin-left=\"20mm\" margin-right=\"20mm\"";

    private static Zaozersk.Reporting.Documents.Document Read(string section) =>
        MarkupReader.Read($"<document><styles font=\"Times New Roman\" size=\"12pt\"/>{section}</document>", "test.sbn");

    private static string Paragraphs(int count) =>
        string.Concat(Enumerable.Range(1, count).Select(i => $"<p>абзац {i.ToString(CultureInfo.InvariantCulture)}</p>"));

    private static string TextOf(LaidOutPage page) => string.Join(" ", page.Items.OfType<TextItem>().Select(t => t.Text));

    [Fact]
    public void The_first_page_is_ready_before_the_rest_of_the_document_is_laid_out()
    {
        // The second section cannot be laid out at all (a line taller than the page); the first
        // section's page comes before that is found.
        var document = Read($"<section {Section}>{Paragraphs(3)}</section><section {Section}><p size=\"600pt\">Ж</p></section>");

        using var pages = Paginator.Pages(document).GetEnumerator();

        Assert.True(pages.MoveNext());
        Assert.Contains("абзац 1", TextOf(pages.Current), StringComparison.Ordinal);
        Assert.Throws<LayoutException>(() =>
        {
            while (pages.MoveNext())
            {
            }
        });
    }

    [Fact]
    public void A_header_with_the_page_count_shows_the_final_count_from_the_first_page_on()
    {
        var document = Read($"<section {Section}><header><p>стр. <page-number/> из <page-count/></p></header>{Paragraphs(150)}</section>");

        var pages = Paginator.Pages(document).ToList();

        Assert.True(pages.Count >= 3);
        for (var p = 0; p < pages.Count; p++)
        {
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"стр. {p + 1} из {pages.Count}"), TextOf(pages[p]), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Body_text_with_the_page_count_shows_the_final_count()
    {
        var document = Read($"<section {Section}><p>Всего страниц: <page-count/></p>{Paragraphs(150)}</section>");

        var pages = Paginator.Pages(document).ToList();

        Assert.True(pages.Count >= 3);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Всего страниц: {pages.Count}"), TextOf(pages[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_one_by_one_are_the_pages_laid_out_at_once()
    {
        var document = Read($"<section {Section}><header><p><page-number/>/<page-count/></p></header>{Paragraphs(40)}</section>");

        var streamed = Paginator.Pages(document).Select(TextOf).ToList();
        var whole = Paginator.Paginate(document).Pages.Select(TextOf).ToList();

        Assert.Equal(whole, streamed);
    }

    [Fact]
    public void A_tables_rows_are_laid_out_as_the_pages_reach_them_not_before_the_first_page()
    {
        // Preparing the body allocates a few bytes a row (the gaps between table parts), not the
        // rows' cells, widths and places for messages: those would be held until the table ends.
        long Preparing(int rows)
        {
            var body = string.Concat(Enumerable.Range(1, rows).Select(i => string.Create(CultureInfo.InvariantCulture, $"<row><cell><p>{i}</p></cell><cell><p>мероприятие {i}</p></cell><cell><p>срок</p></cell></row>")));
            var document = Read($"<section {Section}><table><columns><column width=\"1*\"/><column width=\"3*\"/><column width=\"1*\"/></columns>{body}</table></section>");
            var section = document.Sections[0];
            var builder = new ElementBuilder(document.Styles, new FieldContext()) { CurrentWidth = section.Page.ContentWidth };
            var before = GC.GetAllocatedBytesForCurrentThread();
            GC.KeepAlive(builder.Stack(section.Blocks, "page section 1"));
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Preparing(10);
        var small = Preparing(20);
        var large = Preparing(2_000);

        Assert.True(large - small < 24L * 2_000, $"preparing 2,000 rows allocated {large - small:N0} bytes more than 20 rows");

        // And the rows are all there when the pages come.
        var pages = Paginator.Pages(Read($"<section {Section}><table><columns><column width=\"1*\"/></columns>{string.Concat(Enumerable.Range(1, 300).Select(i => string.Create(CultureInfo.InvariantCulture, $"<row><cell><p>строка {i}</p></cell></row>")))}</table></section>")).Select(TextOf).ToList();
        Assert.True(pages.Count > 1);
        var printed = System.Text.RegularExpressions.Regex.Matches(string.Join(" ", pages), @"строка \d+").Select(m => m.Value);
        Assert.Equal(Enumerable.Range(1, 300).Select(i => string.Create(CultureInfo.InvariantCulture, $"строка {i}")), printed);
    }
    /// <summary>An owner that hands its document over once, as a render job does, and a weak reference to the document; nothing else here holds it.</summary>
    private sealed class Owner(Zaozersk.Reporting.Documents.Document document)
    {
        private Zaozersk.Reporting.Documents.Document? _document = document;

        public bool Holds => _document is not null;

        public Zaozersk.Reporting.Documents.Document Take()
        {
            var taken = _document ?? throw new InvalidOperationException("handed over already");
            _document = null;
            return taken;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (Owner Owner, WeakReference<Zaozersk.Reporting.Documents.Document> Model) HandOver(int paragraphs)
    {
        var document = Read($"<section {Section}><header><p>стр. <page-number/> из <page-count/></p></header>{Paragraphs(paragraphs)}</section>");
        return (new Owner(document), new WeakReference<Zaozersk.Reporting.Documents.Document>(document));
    }

    [Fact]
    public void A_handed_over_document_is_let_go_once_its_last_page_is_out()
    {
        var (owner, model) = HandOver(150);
        using var pages = Paginator.Pages(owner.Take).GetEnumerator();

        Assert.True(pages.MoveNext());
        Assert.False(owner.Holds);
        var count = 1;
        while (pages.MoveNext())
        {
            count++;
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        // The writer still holds the finished enumeration (as PDFsharp's save would run now); the model is gone.
        Assert.True(count > 3, $"{count} pages");
        Assert.False(model.TryGetTarget(out _), "the document model is still reachable after its last page");
    }

    [Fact]
    public void A_handed_over_document_is_laid_out_as_the_same_pages_and_only_once()
    {
        var (owner, model) = HandOver(150);
        Assert.True(model.TryGetTarget(out var document));
        var expected = Paginator.Pages(document).Select(TextOf).ToList();
        var handedOver = Paginator.Pages(owner.Take);

        Assert.Equal(expected, handedOver.Select(TextOf).ToList());
        Assert.Throws<InvalidOperationException>(() => handedOver.Count());
    }
}
